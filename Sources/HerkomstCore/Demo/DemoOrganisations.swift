/// The organisations of the demo. The public bodies are the real ones the council's questions are about;
/// what the demo says they own is illustrative. Contractors are fictional and say so in their names.
enum DemoOrganisations {
    static let city = Organisation(slug: "gemeente-den-haag", name: "Gemeente Den Haag", kind: .gemeente)
    static let safetyRegion = Organisation(slug: "veiligheidsregio-haaglanden", name: "Veiligheidsregio Haaglanden",
                                           kind: .veiligheidsregio)
    static let police = Organisation(slug: "politie-den-haag", name: "Politie eenheid Den Haag", kind: .politie)
    static let transport = Organisation(slug: "htm", name: "HTM Personenvervoer", kind: .vervoerder)
    /// The telecom supplier on whose advice the safety region installed Huawei equipment in 2020.
    static let telecom = Organisation(slug: "kpn-zakelijk", name: "KPN Zakelijk", kind: .leverancier)
    static let securityInstaller = Organisation(slug: "installateur-beveiliging",
                                                name: "Installateur beveiligingssystemen (fictief)", kind: .leverancier)
    static let sensorIntegrator = Organisation(slug: "integrator-sensoren",
                                               name: "Integrator sensornetwerken (fictief)", kind: .leverancier)

    static let all: [Organisation] = [city, safetyRegion, police, transport, telecom, securityInstaller, sensorIntegrator]
}
