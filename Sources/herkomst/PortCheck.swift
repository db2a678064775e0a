import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tries the address before anything is opened or written, so "port in use" costs nothing.
/// The server binds again for real; this only makes the common mistake cheap and clear.
enum PortCheck {
    static func ensureFree(host: String, port: Int) throws {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var info: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &info) == 0, let first = info else {
            throw UserError("\(host) is geen bruikbaar adres om op te luisteren")
        }
        defer { freeaddrinfo(info) }
        let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        if bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 {
            let reason = errno == EADDRINUSE ? "is al in gebruik; kies een andere met --port" : String(cString: strerror(errno))
            throw UserError("poort \(port) op \(host) \(reason)")
        }
    }
}
