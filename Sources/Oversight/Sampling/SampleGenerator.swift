/// The pseudo-random numbers an audit sample is drawn with: xoshiro256** (Blackman and Vigna, 2018), its
/// state filled from the seed by SplitMix64, as the authors recommend.
///
/// A sample must be drawn again from its seed by anyone, on any machine and with any later Swift: the
/// working papers record the seed, and a reviewer who repeats the draw must get the same items. So the
/// generator and every use of it are written out here, never `SystemRandomNumberGenerator` (which cannot
/// be seeded) nor the standard library's `random(in:using:)` or `shuffled(using:)`, whose way of turning
/// bits into a number is not promised to stay the same between versions.
///
/// ```swift
/// var generator = SampleGenerator(seed: 2568)
/// let first = generator.next()              // 64 random bits
/// let index = generator.uniform(below: 10)  // 0 ... 9, without modulo bias
/// ```
public struct SampleGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator whose numbers follow from `seed` alone.
    public init(seed: UInt64) {
        var splitMix = seed
        state = (Self.splitMix64(&splitMix), Self.splitMix64(&splitMix), Self.splitMix64(&splitMix), 0)
        state.3 = Self.splitMix64(&splitMix)
    }

    /// A generator in a given state, to check the output against the reference code's published values.
    init(state: (UInt64, UInt64, UInt64, UInt64)) { self.state = state }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = Self.rotate(state.1 &* 5, 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = Self.rotate(state.3, 45)
        return result
    }

    /// A number in `0 ..< bound`, every value equally likely: 64-bit draws below `2⁶⁴ mod bound` are
    /// rejected and drawn again, then the remainder is taken, so no value is favoured (no modulo bias).
    ///
    /// - precondition: `bound > 0`.
    public mutating func uniform(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "uniform(below:) needs a positive bound")
        // (2⁶⁴ - bound) mod bound = 2⁶⁴ mod bound: the draws under it are the incomplete last block.
        let threshold = (0 &- bound) % bound
        while true {
            let draw = next()
            if draw >= threshold { return draw % bound }
        }
    }

    /// SplitMix64 (Steele, Lea and Flood, 2014): one step, as in Vigna's reference code.
    static func splitMix64(_ value: inout UInt64) -> UInt64 {
        value &+= 0x9E37_79B9_7F4A_7C15
        var mixed = value
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }

}
