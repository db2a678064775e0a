import Testing
@testable import HerkomstCore

@Suite("Day as YYYY-MM-DD text")
struct DayTextTests {
    @Test func isZeroPaddedAndReadsBack() {
        #expect(Day(year: 1, month: 2, day: 3)?.description == "0001-02-03")
        #expect(Day(year: 2023, month: 12, day: 31)?.description == "2023-12-31")
        // Every day from 1899 to 2101 reads back as itself and sorts as text the way it sorts as a day.
        var previous: Day?
        for ordinal in Day("1899-12-31")!.ordinal...Day("2101-01-01")!.ordinal {
            let day = Day(ordinal: ordinal)
            #expect(Day(day.description) == day)
            if let previous { #expect(previous.description < day.description) }
            previous = day
        }
    }
}
