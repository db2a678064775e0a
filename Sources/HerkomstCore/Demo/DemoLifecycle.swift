/// Dates for the demo's lifecycles.
enum DemoLifecycle {
    static let registerStart = day(2015, 1, 1)

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
        guard let d = Day(year: year, month: month, day: day) else { preconditionFailure("invalid demo date") }
        return d
    }

    /// An installation day from 2015 on, at the latest `today` (the cap drops nothing then).
    static func installedSince2015(_ random: inout DemoRandom, today: Day) -> Day {
        random.day(in: registerStart...max(registerStart, today))
    }

    /// Equipment lasts seven to ten years here; a date after today is dropped later by the cap.
    static func endOfLife(after installed: Day, probability: Double, _ random: inout DemoRandom) -> Day? {
        guard random.chance(probability) else { return nil }
        return installed.adding(days: random.int(in: (7 * 365)...(10 * 365)))
    }

    /// A move somewhere in the middle of a device's stay, or nil when its stay is too short to move.
    static func moveDay(installed: Day, removed: Day?, today: Day, _ random: inout DemoRandom) -> Day? {
        let end = (removed ?? max(today, installed)).adding(days: -60)
        let start = installed.adding(days: 90)
        guard start < end else { return nil }
        return random.day(in: start...end)
    }
}
