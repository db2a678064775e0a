import HerkomstCore
/// Placeholder until the first reader lands.
public enum Formats {}
