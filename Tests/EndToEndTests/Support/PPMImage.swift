import Foundation

/// A binary PPM (P6) image, as `pdftoppm -ppm` writes it.
struct PPMImage {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    init(contentsOf url: URL) throws {
        let data = [UInt8](try Data(contentsOf: url))
        var fields: [String] = []
        var index = 0
        while fields.count < 4, index < data.count {
            while index < data.count,
                data[index] == 0x20 || data[index] == 0x0A || data[index] == 0x0D || data[index] == 0x09
            { index += 1 }
            var field = ""
            while index < data.count,
                !(data[index] == 0x20 || data[index] == 0x0A || data[index] == 0x0D || data[index] == 0x09)
            {
                field.append(Character(UnicodeScalar(data[index])))
                index += 1
            }
            fields.append(field)
        }
        index += 1
        guard fields.count == 4, fields[0] == "P6", let width = Int(fields[1]), let height = Int(fields[2]),
            fields[3] == "255",
            data.count - index >= width * height * 3
        else { throw VisualCheckError(message: "\(url.path) is not a P6 PPM") }
        self.width = width
        self.height = height
        pixels = Array(data[index..<(index + width * height * 3)])
    }

    /// Where the band colours of the 5×5 matrix (Registers/matrices/5x5.yaml) are painted in the left
    /// three fifths of the page (the heatmap's column), how many of the four appear, and the dark pixels inside.
    func heatmapRegion() -> (x: Int, y: Int, width: Int, height: Int, bandsSeen: Int, darkPixels: Int)? {
        let bands: [(Int, Int, Int)] = [(0x4c, 0xaf, 0x50), (0xfd, 0xd8, 0x35), (0xfb, 0x8c, 0x00), (0xe5, 0x39, 0x35)]
        var counts = [Int](repeating: 0, count: bands.count)
        var minX = width, minY = height, maxX = -1, maxY = -1
        for y in 0..<height {
            for x in 0..<(width * 3 / 5) {
                let offset = (y * width + x) * 3
                let (r, g, b) = (Int(pixels[offset]), Int(pixels[offset + 1]), Int(pixels[offset + 2]))
                guard
                    let band = bands.firstIndex(where: {
                        abs($0.0 - r) < 14 && abs($0.1 - g) < 14 && abs($0.2 - b) < 14
                    })
                else { continue }
                counts[band] += 1
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        // Ignore the legend's small squares: a band counts when it covers at least a cell's worth of pixels.
        let seen = counts.filter { $0 >= 40 }.count
        guard maxX >= 0 else { return nil }
        var dark = 0
        for y in minY...maxY {
            for x in minX...maxX {
                let offset = (y * width + x) * 3
                if Int(pixels[offset]) + Int(pixels[offset + 1]) + Int(pixels[offset + 2]) < 240 { dark += 1 }
            }
        }
        return (minX, minY, maxX - minX + 1, maxY - minY + 1, seen, dark)
    }
}
