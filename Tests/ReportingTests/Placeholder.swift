import Testing
@testable import Reporting

@Test func reportingModuleLinks() { #expect(Reporting.version == 1) }
