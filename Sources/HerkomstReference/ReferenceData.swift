import HerkomstCore
/// Placeholder until the reference data lands.
public enum ReferenceData {}
