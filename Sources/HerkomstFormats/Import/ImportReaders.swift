import HerkomstCore

/// Decides the format of a file from its content (and only then its name), and hands it to the right reader.
enum FormatDetector {
    static func detect(_ file: ImportFile) throws -> ImportFormat {
        throw InputProblem(file: file.name, message: "formaat niet herkend; geef --format")
    }
}

/// The one switch from format to reader.
enum ImportReaders {
    static func read(_ file: ImportFile, format: ImportFormat, options: ImportOptions) throws -> ReadResult {
        throw InputProblem(file: file.name, message: "formaat \(format.rawValue) wordt nog niet ondersteund")
    }
}
