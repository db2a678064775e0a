import Foundation
import HerkomstCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML with Foundation's `XMLParser` under the project's limits: size checked and prolog screened by
/// `XMLPrologGuard` first, external entities never resolved, any entity declaration aborts, nesting bounded.
/// It streams: only the subtrees asked for are built (each `<host>` of a 60 MB scan, not the whole scan).
struct SafeXMLParser {
    let file: String
    let limits: ReaderLimits

    /// Parses `data`, handing every outermost element named in `subtrees` to `handler` as soon as it closes;
    /// with `subtrees` nil, the whole document is handed over once. Returns the root element's local name.
    @discardableResult
    func parse(_ data: Data, subtrees: Set<String>?, handler: (XMLNode) throws -> Void) throws -> String {
        try limits.checkSize(data, file: file)
        try XMLPrologGuard.check(data, file: file)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        return try withoutActuallyEscaping(handler) { handler in
            let delegate = Delegate(file: file, limits: limits, subtrees: subtrees, handler: handler)
            parser.delegate = delegate
            defer { parser.delegate = nil }
            let ok = parser.parse()
            if let problem = delegate.problem { throw problem }
            if !ok || !delegate.finished {
                throw delegate.parseFailure(parser)
            }
            return delegate.rootName ?? ""
        }
    }
}

private final class Delegate: NSObject, XMLParserDelegate {
    let file: String
    let limits: ReaderLimits
    let subtrees: Set<String>?
    let handler: (XMLNode) throws -> Void

    var problem: (any Error)?
    var rootName: String?
    var finished = false
    /// Names and lines of the open elements, for depth and for naming where a truncated file broke off.
    var open: [(name: String, line: Int)] = []
    /// The subtree being built, innermost last; empty when outside any collected subtree.
    var building: [XMLNode] = []

    init(file: String, limits: ReaderLimits, subtrees: Set<String>?, handler: @escaping (XMLNode) throws -> Void) {
        self.file = file
        self.limits = limits
        self.subtrees = subtrees
        self.handler = handler
    }

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    func fail(_ parser: XMLParser, _ problem: InputProblem) {
        guard self.problem == nil else { return }
        self.problem = problem
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard problem == nil else { return }
        let name = Self.localName(elementName)
        let line = parser.lineNumber
        if rootName == nil { rootName = name }
        open.append((name, line))
        if open.count > limits.maximumDepth {
            fail(parser, InputProblem(file: file, line: line, field: name,
                                      message: "XML is dieper genest dan \(limits.maximumDepth) niveaus; geweigerd"))
            return
        }
        if building.isEmpty {
            let wanted = subtrees.map { $0.contains(name) } ?? (open.count == 1)
            guard wanted else { return }
        }
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict where !key.hasPrefix("xmlns") {
            attributes[Self.localName(key)] = value
        }
        building.append(XMLNode(name: name, attributes: attributes, line: line))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        guard problem == nil else { return }
        open.removeLast()
        if open.isEmpty { finished = true }
        guard let node = building.popLast() else { return }
        if building.isEmpty {
            do { try handler(node) } catch { self.problem = error; parser.abortParsing() }
        } else {
            building[building.count - 1].children.append(node)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard problem == nil, !building.isEmpty else { return }
        building[building.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard problem == nil, !building.isEmpty else { return }
        building[building.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    // Defence in depth: the prolog guard already refuses these, but a parser must never act on them.
    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(parser, InputProblem(file: file, line: parser.lineNumber, field: name,
                                  message: "entiteitsdeclaratie geweigerd"))
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
                systemID: String?) {
        fail(parser, InputProblem(file: file, line: parser.lineNumber, field: name,
                                  message: "externe entiteit geweigerd"))
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        fail(parser, InputProblem(file: file, line: parser.lineNumber, field: name,
                                  message: "externe entiteit geweigerd"))
        return nil
    }

    /// A message for a document the parser gave up on, naming the element that was left open.
    func parseFailure(_ parser: XMLParser) -> InputProblem {
        let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "onbekende fout"
        if let innermost = open.last {
            return InputProblem(file: file, line: parser.lineNumber, field: innermost.name,
                                message: "ongeldige of afgekapte XML: element <\(innermost.name)> van regel "
                                + "\(innermost.line) is niet afgesloten (\(reason))")
        }
        if rootName == nil {
            return InputProblem(file: file, line: parser.lineNumber, message: "geen XML-document (\(reason))")
        }
        return InputProblem(file: file, line: parser.lineNumber, message: "ongeldige XML (\(reason))")
    }
}
