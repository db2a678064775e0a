import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HerkomstCore

/// The one way the readers parse XML: size limit and prolog guard first, then a streaming parse with external
/// entities off and a depth limit, handing each wanted element to the reader as a small tree. Only the wanted
/// subtrees are kept in memory, so a 64 MiB scan costs the size of its largest host, not of the document.
struct SafeXMLReader {
    var limits: ReaderLimits

    /// Parses `data` and calls `handle` for every outermost element whose local name is in `collect`.
    /// Returns the root element with its attributes (not its children). Every failure is an `InputProblem` naming the file and line.
    @discardableResult
    func read(_ data: Data, file: String, collect: Set<String>,
              handle: (XMLNode) throws -> Void) throws -> XMLNode {
        try limits.checkSize(of: data.count, file: file)
        let bytes = [UInt8](data)
        try XMLPrologGuard.check(bytes, file: file)

        // Fed as a stream, in chunks: handed over whole, libxml2 stops at its 10 MB single-input limit.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        // The handler is only called during `parse()`; the collector is dropped before this block returns.
        let outcome = withoutActuallyEscaping(handle) { handle in
            let collector = Collector(file: file, collect: collect, maximumDepth: limits.maximumDepth,
                                      parser: parser, handle: handle)
            parser.delegate = collector
            let finished = parser.parse()
            parser.delegate = nil
            return Outcome(finished: finished && collector.rootClosed, problem: collector.problem,
                           root: collector.root, openElement: collector.openElements.last)
        }
        if let problem = outcome.problem { throw problem }
        if !outcome.finished {
            let line = parser.lineNumber > 0 ? parser.lineNumber : nil
            let detail = parser.parserError.map { " (parserfout \(($0 as NSError).code))" } ?? ""
            let open = outcome.openElement.map { ", in element <\($0)>" } ?? ""
            throw InputProblem(file: file, line: line, field: outcome.openElement,
                               message: "ongeldige of afgebroken XML\(open)\(detail)")
        }
        return outcome.root ?? XMLNode(name: "", attributes: [:], line: 1)
    }

    private struct Outcome {
        var finished: Bool
        var problem: InputProblem?
        var root: XMLNode?
        var openElement: String?
    }
}

/// The parser's delegate: tracks depth and builds trees for the wanted elements only.
private final class Collector: NSObject, XMLParserDelegate {
    let file: String
    let collect: Set<String>
    let maximumDepth: Int
    unowned let parser: XMLParser
    let handle: (XMLNode) throws -> Void

    var problem: InputProblem?
    var root: XMLNode?
    var rootClosed = false
    var openElements: [String] = []
    /// The subtree being built: a stack of open nodes inside a wanted element.
    var building: [XMLNode] = []

    init(file: String, collect: Set<String>, maximumDepth: Int, parser: XMLParser, handle: @escaping (XMLNode) throws -> Void) {
        self.file = file
        self.collect = collect
        self.maximumDepth = maximumDepth
        self.parser = parser
        self.handle = handle
    }

    func fail(_ problem: InputProblem) {
        guard self.problem == nil else { return }
        self.problem = problem
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard problem == nil else { return }
        let name = XMLNode.localName(elementName)
        openElements.append(name)
        if openElements.count > maximumDepth {
            fail(InputProblem(file: file, line: parser.lineNumber, field: name,
                              message: "XML is dieper genest dan \(maximumDepth) niveaus; geweigerd"))
            return
        }
        let isRoot = root == nil
        guard isRoot || !building.isEmpty || collect.contains(name) else { return }
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict where !key.hasPrefix("xmlns") {
            attributes[XMLNode.localName(key)] = value
        }
        if isRoot {
            root = XMLNode(name: name, attributes: attributes, line: parser.lineNumber)
            if !collect.contains(name) { return }
        }
        building.append(XMLNode(name: name, attributes: attributes, line: parser.lineNumber))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        guard problem == nil else { return }
        openElements.removeLast()
        if openElements.isEmpty { rootClosed = true }
        guard let finished = building.popLast() else { return }
        if building.isEmpty {
            do { try handle(finished) } catch let problem as InputProblem {
                fail(problem)
            } catch {
                fail(InputProblem(file: file, line: finished.line, field: finished.name, message: "\(error)"))
            }
        } else {
            building[building.count - 1].children.append(finished)
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

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(InputProblem(file: file, line: parser.lineNumber, field: name, message: "entiteitdeclaratie in XML geweigerd"))
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        fail(InputProblem(file: file, line: parser.lineNumber, field: name, message: "externe entiteit in XML geweigerd"))
    }
}
