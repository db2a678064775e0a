import HerkomstCore

extension ReferenceData {
    /// One engine over this reference data, tagged with its version, for imports and for the register's reads.
    public func makeAttributor() -> Attributor {
        Attributor(engine: makeEngine(), referenceVersion: referenceVersion)
    }

    /// "Hangzhou Hikvision", "HIKVISION" and "HiLook" are one maker when imports match serial numbers.
    public var makerKey: @Sendable (String) -> String {
        let index = self.index
        return { name in index.manufacturerID(forName: name) ?? IdentityIndex.plainMakerKey(name) }
    }
}
