import Foundation
import Testing
import HerkomstCore
@testable import HerkomstReference

/// The acceptance cases of issue 3 against the real shipped data.
@Suite("Attribution with the shipped reference data")
struct IdentifyWithShippedDataTests {
    static let reference = Result { try ReferenceData.loadShipped() }
    static let engine = Result { try reference.get().makeEngine() }

    func attribute(_ evidence: Evidence...) throws -> Attribution {
        try Self.engine.get().attribute(evidence)
    }

    @Test func hikvisionMAC() throws {
        let a = try attribute(Evidence(kind: .macAddress, value: "4C:BD:8F:00:00:01"))
        #expect(a.manufacturer?.name == "Hangzhou Hikvision Digital Technology Co., Ltd.")
        #expect(a.countryOfOrigin == "CN")
        #expect(a.highRisk == true)
        #expect(a.riskBasis.contains { $0.listID == "nl-landen-offensief-cyberprogramma" })
        #expect(a.evidence.first?.reference == "IEEE MA-L 4C-BD-8F (2025-11-30)")
    }

    @Test("a block given out after the registry's addresses were taken gets the country of the holder's other blocks")
    func blockWithoutAddress() throws {
        // 88:BD:09 is Netis Technology's (Shenzhen), one of its blocks the address copy of 2024-05 does not have yet.
        let netis = try attribute(Evidence(kind: .macAddress, value: "88:BD:09:12:34:56"))
        #expect(netis.manufacturer?.name == "Netis Technology Co., Ltd.")
        #expect(netis.countryOfOrigin == "CN")
        #expect(netis.highRisk == true)
        #expect(netis.evidence.first?.finding.contains("blokken vanuit CN") == true)
    }

    @Test("a name that firmware writes with the maker first: maker and model number, or maker joined to the model")
    func makerFirstInANameOrModel() throws {
        #expect(try attribute(Evidence(kind: .serviceBanner, value: "Canon_VB-S30D")).manufacturer?.id == "canon")
        #expect(try attribute(Evidence(kind: .onvifModel, value: "ReolinkTrackMixWiFi")).manufacturer?.id == "reolink")
        #expect(try attribute(Evidence(kind: .onvifModel, value: "VIGI-C350")).manufacturer?.id == "tp-link")
        // Not a maker: an owner's name without a model number, and a brand that is only a brand beside its maker's
        // evidence ("Fast").
        #expect(try attribute(Evidence(kind: .serviceBanner, value: "Canon entrance")).manufacturer == nil)
        #expect(try attribute(Evidence(kind: .modelString, value: "FastIron SX 800")).manufacturer?.id == "brocade")
        // A server header is no name scope; it counts only by the weaker rule for names inside banners.
        let header = try attribute(Evidence(kind: .httpServer, value: "Canon HTTP Server 1.0"))
        #expect(header.manufacturer?.id == "canon")
        #expect(header.evidence.first?.weight == 0.35)
    }

    @Test("one model series name, two makers: the more specific family wins (Zyxel MES3500 is no Eltex MES)")
    func sharedSeriesNames() throws {
        let zyxel = try attribute(Evidence(kind: .sysDescr, value: "MES3500-24"))
        #expect(zyxel.manufacturer?.id == "zyxel")
        #expect(zyxel.highRisk == false)
        #expect(try attribute(Evidence(kind: .sysDescr, value: "MES2324B")).manufacturer?.id == "eltex")
        #expect(try attribute(Evidence(kind: .sysDescr, value: "XGS-4728F")).manufacturer?.id == "zyxel")
        // XGS-PON is a fibre standard, not a Zyxel switch.
        #expect(try attribute(Evidence(kind: .sysDescr, value: "XGS-PON ONT")).manufacturer?.id != "zyxel")
    }

    @Test("H3C behind other labels: Huawei-3Com is not Huawei, 3Com's and HP's Comware switches are H3C's")
    func h3cBehindOtherLabels() throws {
        // A phrase inside a longer one does not count on its own: "Huawei" inside "Huawei-3Com".
        #expect(try attribute(Evidence(kind: .sysDescr, value: "HUAWEI-3COM WBR-204g")).manufacturer?.id == "h3c")
        let threeCom = try attribute(Evidence(kind: .sysDescr, value: "3Com Switch 4210 52-Port Software Version 3.10 Release 2212P01"))
        #expect(threeCom.manufacturer?.id == "h3c")
        #expect(threeCom.highRisk == true)
        let hp = try attribute(Evidence(kind: .sysDescr, value: "HP V1910-16G Switch Software Version 5.20 Release 1108 "
                                                          + "Copyright (c) 2004-2011 Hewlett-Packard Development Company, L.P."))
        #expect(hp.manufacturer?.id == "h3c")
        #expect(hp.highRisk == true)
        // A 3Com device without Comware or a Huawei-3Com model stays 3Com's own.
        #expect(try attribute(Evidence(kind: .brandLabel, value: "3Com")).manufacturer?.id == "3com")
    }

    @Test("a model family one label's owner uses, named by the device's own manufacturer field (Intelbras VIP is Dahua's)")
    func familyByTheDevicesOwnManufacturerField() throws {
        let vip = try attribute(Evidence(kind: .onvifManufacturer, value: "Intelbras"), Evidence(kind: .onvifModel, value: "VIP 3230 D"))
        #expect(vip.manufacturer?.id == "dahua")
        #expect(vip.highRisk == true)
        #expect(try attribute(Evidence(kind: .onvifModel, value: "VIP 3230 D")).manufacturer == nil, "without the label: anyone's VIP")
    }

    @Test("a CPE whose product is named after another catalogued maker: the product's maker counts")
    func cpeProductNamesTheMaker() throws {
        // As one of nmap's own match lines writes a ZTE fibre modem.
        #expect(try attribute(Evidence(kind: .cpe, value: "cpe:/h:zebra:zte_f660")).manufacturer?.id == "zte")
        #expect(try attribute(Evidence(kind: .cpe, value: "cpe:/h:hp:procurve_switch_2524")).manufacturer?.id == "hpe")
    }

    @Test("makers outside the catalogue get the country the IEEE registries give the same organisation")
    func registrantsOutsideTheCatalogue() throws {
        // Through the engine, for makers the catalogue does not hold.
        let delta = try attribute(Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.48188.1"))
        #expect(delta.manufacturer?.name == "Delta Solutions LLC")
        #expect(delta.countryOfOrigin == "RU")
        // "Extreme Solutions" is not "Extreme Engineering Solutions" nor Extreme Networks: no country.
        #expect(try attribute(Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.54465.1")).countryOfOrigin == nil)

        // The matching itself, on the registries' own names (the catalogue now holds some of these makers, so the
        // engine would no longer need the registries for them).
        let registrants = RegistrantIndex(try Self.reference.get().macRegistry())
        #expect(registrants.registrant(named: "Beijing Raisecom Scientific & Technology Development Co., Ltd.")?.country == "CN")
        #expect(registrants.registrant(named: "Netis Technology Co., Ltd.")?.country == "CN")
        // Registrations from two countries, neither 80% of them: Eltex registers from Novosibirsk and Almaty.
        #expect(registrants.registrant(named: "Eltex Enterprise, Ltd.") == nil)
        // "GCOM Technologies" (IANA) is not "Gcom, Inc." (IEEE, US): too short a name to say.
        #expect(registrants.registrant(named: "GCOM Technologies Co.,Ltd.") == nil)
        // A short name counts when the whole name agrees: "QNAP SYSTEMS, INC" (IANA) is "QNAP Systems, Inc." (IEEE).
        #expect(registrants.registrant(named: "QNAP SYSTEMS, INC")?.country == "TW")
        // The same name word for word wins over longer names that contain it: "Delta Solutions LLC" is the registrant
        // of that name near Moscow, not Delta Electronics (Taiwan) or Deltanode Solutions (Sweden).
        #expect(registrants.registrant(named: "Delta Solutions LLC")?.country == "RU")
    }

    @Test("a registrant without an address whose name holds a mainland Chinese city is Chinese; one with an address keeps it")
    func countryFromPlaceInName() throws {
        // F8:F3:D3 is "Shenzhen Gotron electronic CO.,LTD", registered without an address and with no other block.
        let gotron = try attribute(Evidence(kind: .macAddress, value: "F8:F3:D3:80:82:27"))
        #expect(gotron.manufacturer?.name == "Shenzhen Gotron electronic CO.,LTD")
        #expect(gotron.countryOfOrigin == "CN")
        #expect(gotron.highRisk == true)
        #expect(gotron.evidence.first?.finding.contains("plaatsnaam in de naam (Shenzhen)") == true)
        #expect(NameIdentity.chinesePlace(in: "Bosch Security Systems (Suzhou) Co., Ltd.") == nil)
        #expect(NameIdentity.chinesePlace(in: "Nanjing SCIYON Wisdom Technology Group Co.,Ltd.") == "nanjing")
    }

    @Test("a copyright clause names the firmware's maker when no signature knows the product; an OS or chip vendor's names none")
    func copyrightClause() throws {
        let maipu = try attribute(Evidence(kind: .sysDescr, value: "Maipu S3400 Switch, Copyright (C) 2009 Maipu Communication Technology Co., Ltd."))
        #expect(maipu.manufacturer?.id == "maipu")
        #expect(maipu.highRisk == true)
        // Outside the catalogue, known to the registries by that name.
        let delta = try attribute(Evidence(kind: .sysDescr, value: "UPS agent 2.1\r\nCopyright (c) 2016-2020 by Delta Solutions LLC. All rights reserved."))
        #expect(delta.manufacturer?.name == "Delta Solutions LLC")
        #expect(delta.countryOfOrigin == "RU")
        let vxWorks = try attribute(Evidence(kind: .sysDescr, value: "VxWorks 6.9 Copyright (c) 1984-2013 Wind River Systems, Inc."))
        #expect(vxWorks.manufacturer == nil)
        #expect(vxWorks.highRisk == nil)
        #expect(try attribute(Evidence(kind: .sysDescr, value: "Switch Copyright (c) 2004 Marvell Semiconductor")).manufacturer == nil)
        #expect(try attribute(Evidence(kind: .sysDescr, value: "Linux 2.6.32 Copyright (c) Red Hat, Inc.")).manufacturer == nil)
    }

    @Test("product lines and renamed holders: FortiSwitch is Fortinet's, IANA's Westermo Teleindustri is Westermo")
    func productLinesAndRenamedHolders() throws {
        #expect(try attribute(Evidence(kind: .sysDescr, value: "Fortiswitch-448D v6.4.2")).manufacturer?.id == "fortinet")
        let westermo = try attribute(Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.16177.1.400"))
        #expect(westermo.manufacturer?.id == "westermo")
        #expect(westermo.countryOfOrigin == "SE")
        #expect(westermo.highRisk == false)
    }

    @Test("a maker's whole name inside a server header, realm or SSH greeting counts weakly; generic servers and running text do not")
    func makerNameInsideBanners() throws {
        let fourFaith = try attribute(Evidence(kind: .httpServer, value: "httpd_four-faith"))
        #expect(fourFaith.manufacturer?.id == "four-faith")
        #expect(fourFaith.highRisk == true)
        #expect(fourFaith.confidence < 0.5)
        #expect(try attribute(Evidence(kind: .sshBanner, value: "SSH-2.0-CrestronSSH")).manufacturer?.id == "crestron")
        #expect(try attribute(Evidence(kind: .httpServer, value: "Qualvision -HTTPServer")).manufacturer?.id == "qualvision")
        // A brand that counts only beside its maker's evidence stays unknown on its own.
        #expect(try attribute(Evidence(kind: .httpServer, value: "lighttpd-Intelbras")).manufacturer == nil)
        // Consoles and agents on a PC name the product they manage, not the host.
        #expect(try attribute(Evidence(kind: .httpServer, value: "Compaq Insight Manager XE 1.0")).manufacturer == nil)
        #expect(try attribute(Evidence(kind: .httpServer, value: "Citrix Web PN Server")).manufacturer == nil)
        // A model number many makers use counts for Huawei only beside Huawei's name.
        let alliedRouter = try attribute(Evidence(kind: .wwwAuthenticate, value: #"Basic realm="Allied Telesyn AR410""#))
        #expect(alliedRouter.manufacturer?.id != "huawei")
        #expect(alliedRouter.highRisk != true)
        #expect(try attribute(Evidence(kind: .modelString, value: "Huawei AR651")).manufacturer?.id == "huawei")
        // The catalogue's short id is no spelling of the maker: Avaya's "Delta Server" is not Delta Electronics'.
        #expect(try attribute(Evidence(kind: .wwwAuthenticate, value: #"Basic realm="Delta Server Management Interface""#)).manufacturer == nil)
        for generic in ["lighttpd/1.4.35", "Boa/0.94.14rc21", "GoAhead-Webs", "mini_httpd/1.19 19dec2003", "Apache/2.4.41 (Ubuntu)"] {
            #expect(try attribute(Evidence(kind: .httpServer, value: generic)).manufacturer == nil, "\(generic)")
        }
        // Not in free text: a sysDescr that names another maker's chip or software.
        #expect(try attribute(Evidence(kind: .sysDescr, value: "Embedded switch with Crestron control support")).manufacturer == nil)
    }

    @Test("Mellanox makes network cards (parts) and whole switches: its switch agents and model names are NVIDIA Networking's")
    func mellanoxSwitches() throws {
        let agent = try attribute(Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.33049.2.1"))
        #expect(agent.manufacturer?.id == "nvidia-networking")
        #expect(agent.highRisk == false)
        #expect(try attribute(Evidence(kind: .modelString, value: "Mellanox MSX1410, 48 port 10GbE Switch System")).manufacturer?.id == "nvidia-networking")
        #expect(try attribute(Evidence(kind: .sysDescr, value: "Onyx,MSN2410,SWv3.6.6107")).manufacturer?.id == "nvidia-networking")
        // A server's Mellanox network card is still a part.
        #expect(try attribute(Evidence(kind: .brandLabel, value: "Mellanox")).manufacturer == nil)
    }

    @Test("network cards and modules of PCs and gadgets name no maker: Intel, Foxconn, Samsung Electro-Mechanics")
    func componentMakersOfPCs() throws {
        for (mac, maker) in [("80:86:F2:92:B6:34", "Intel"), ("4C:79:6E:BD:FC:36", "Intel"), ("80:56:F2:B6:DA:1E", "Hon Hai"),
                             ("B4:79:A7:1A:7D:9E", "Samsung Electro-Mechanics")] {
            let a = try attribute(Evidence(kind: .macAddress, value: mac))
            #expect(a.manufacturer == nil, "\(maker)")
            #expect(a.highRisk == nil, "\(maker)")
            #expect(a.evidence.first?.finding.contains("onderdelen") == true, "\(maker)")
        }
    }

    @Test("rebadged cameras: an ONVIF name that is exactly a catalogued brand, and a maker's board in the model")
    func rebadgedCameras() throws {
        let cpPlus = try attribute(Evidence(kind: .serviceBanner, value: "CPPLUS"), Evidence(kind: .onvifModel, value: "CP-UNC-DA21PL3-Y"))
        #expect(cpPlus.manufacturer?.id == "dahua")
        #expect(cpPlus.brand == "CP Plus")
        #expect(try attribute(Evidence(kind: .serviceBanner, value: "TP-IPC")).manufacturer?.id == "tp-link")
        // A name inside a longer banner is not a brand: only signatures and model grammars read running text.
        #expect(try attribute(Evidence(kind: .serviceBanner, value: "CPPLUS front door")).manufacturer == nil)
        #expect(try attribute(Evidence(kind: .brandLabel, value: "HoloSens")).manufacturer?.id == "huawei")
        #expect(try attribute(Evidence(kind: .modelString, value: "OceanStor 5310")).manufacturer?.id == "huawei")
        #expect(try attribute(Evidence(kind: .httpServer, value: "yealink embed httpd")).manufacturer?.id == "yealink")
        let whiteLabel = try attribute(Evidence(kind: .onvifManufacturer, value: "H264"),
                                       Evidence(kind: .onvifModel, value: "XM530_50X50-WG_8M"))
        #expect(whiteLabel.manufacturer?.id == "xiongmai")
        #expect(whiteLabel.highRisk == true)
        // Firmware that numbers its maker field.
        #expect(try attribute(Evidence(kind: .onvifManufacturer, value: "GeoVision_2")).manufacturer?.id == "geovision")
        #expect(try attribute(Evidence(kind: .onvifManufacturer, value: "IPCAM")).manufacturer == nil)
    }

    @Test("a virtual machine's network card and a Wi-Fi module's address name no maker")
    func virtualAndModuleAddresses() throws {
        let vm = try attribute(Evidence(kind: .macAddress, value: "08:00:27:12:34:56"))
        #expect(vm.manufacturer == nil)
        #expect(vm.highRisk == nil)
        #expect(vm.evidence.first?.finding.contains("virtueel apparaat") == true)
        #expect(try attribute(Evidence(kind: .macAddress, value: "00:50:56:00:00:01")).manufacturer == nil, "VMware")
        // Tuya registered its blocks from Delaware but is a Hangzhou module and platform maker: never the verdict.
        #expect(try attribute(Evidence(kind: .macAddress, value: "10:D5:61:00:00:01")).manufacturer == nil)
        #expect(try attribute(Evidence(kind: .macAddress, value: "B8:27:EB:00:00:01")).countryOfOrigin == "GB", "Raspberry Pi")
        // A Western maker's Chinese subsidiary registers blocks from China; the maker is still the group.
        let siemens = try attribute(Evidence(kind: .macAddress, value: "E0:DC:A0:00:00:01"))
        #expect(siemens.manufacturer?.id == "siemens")
        #expect(siemens.highRisk == false)
        let module = try attribute(Evidence(kind: .macAddress, value: "44:01:BB:00:00:01"))
        #expect(module.manufacturer == nil, "Bilian makes Wi-Fi modules, not the camera around it")
        #expect(module.evidence.first?.finding.contains("onderdelen") == true)
    }

    @Test("shared and borrowed enterprise numbers, operating-system names, and one maker under two registries' spellings")
    func snmpAgentsThatHideTheirMaker() throws {
        // A standards body's number shared by EPON makers: the maker's own MIB in the walk decides.
        let olt = try attribute(Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.17409.1.10"),
                                Evidence(kind: .snmpEnterpriseMIB, value: "1.3.6.1.4.1.34592"))
        #expect(olt.manufacturer?.id == "c-data")
        #expect(olt.highRisk == true)
        // Beside a maker's own sysObjectID another vendor's MIB stays a weak hint, never a conflict.
        let cisco = try attribute(Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.9.1.1208"),
                                  Evidence(kind: .snmpEnterpriseMIB, value: "1.3.6.1.4.1.34592"))
        #expect(cisco.manufacturer?.id == "cisco")
        #expect(cisco.conflicts.isEmpty)
        #expect(try attribute(Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.10002.1")).manufacturer?.id == "ubiquiti")
        #expect(try attribute(Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.232.9.4.10")).manufacturer?.id == "hpe")
        #expect(try attribute(Evidence(kind: .sysDescr, value: "VRP Software Version")).manufacturer?.id == "huawei")
        #expect(try attribute(Evidence(kind: .sysDescr, value: "Versatile Routing Platform Software")).manufacturer?.id == "huawei")
        #expect(try attribute(Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.26381")).manufacturer == nil, "lwIP is a stack")
        // A Chinese subsidiary's blocks do not make a Taiwanese group Chinese.
        let advantech = try attribute(Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.10297.1"),
                                      Evidence(kind: .macAddress, value: "00:0B:AB:00:00:01"))
        #expect(advantech.countryOfOrigin == "TW")
        #expect(advantech.highRisk == false)
        let snr = try attribute(Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.40418.7.36"))
        #expect(snr.countryOfOrigin == "RU")
        #expect(snr.highRisk == true)
        let ale = try attribute(Evidence(kind: .sysDescr, value: "Alcatel-Lucent OS6900-X20 8.6.189.R01 GA"))
        #expect(ale.manufacturer?.id == "ale")
        #expect(ale.parent?.id == "china-huaxin", "owned from China since 2014")
        #expect(try attribute(Evidence(kind: .sysDescr, value: "EdgeSwitch 24-Port Lite, 1.7.3")).manufacturer?.id == "ubiquiti")
        // IANA spells it "GW Technologies Co., Ltd." without an address, the IEEE "GW TECHNOLOGIES CO.,LTD." in Beijing.
        let gw = try attribute(Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.10072.2.20"),
                               Evidence(kind: .macAddress, value: "00:0F:E9:41:FD:2A"))
        #expect(gw.countryOfOrigin == "CN")
        #expect(gw.conflicts.isEmpty)
    }

    @Test("scanner banners: a maker's own server names count, banners many makers share name none")
    func scannerBanners() throws {
        #expect(try attribute(Evidence(kind: .httpServer, value: "DVRDVS-Webs")).manufacturer?.id == "hikvision")
        #expect(try attribute(Evidence(kind: .sshBanner, value: "SSH-2.0-ROSSSH")).manufacturer?.id == "mikrotik")
        #expect(try attribute(Evidence(kind: .httpServer, value: "MoxaHttp/1.0")).manufacturer?.id == "moxa")
        let mercury = try attribute(Evidence(kind: .wwwAuthenticate, value: #"Basic realm="MERCURY Wireless N Router MW305R""#))
        #expect(mercury.manufacturer?.id == "tp-link")
        #expect(mercury.brand == "Mercury")
        #expect(try attribute(Evidence(kind: .httpServer, value: "xxxxxxxx-xxxxx")).manufacturer?.id == "fortinet",
                "FortiGate's fixed placeholder header")
        #expect(try attribute(Evidence(kind: .httpServer, value: "Linux, HTTP/1.1, DIR-850L Ver 1.21WW")).manufacturer?.id == "d-link")
        // Arista calls its switches DCS- too: D-Link's cameras count only beside the D-Link name.
        let arista = try attribute(Evidence(kind: .sysDescr, value: "Arista Networks EOS version 4.15.3F running on an Arista Networks DCS-7050TX-128"))
        #expect(arista.manufacturer?.id == "arista")
        for shared in ["Boa/0.94.14rc21", "GoAhead-Webs", "lighttpd/1.4.59", "thttpd/2.25b 29dec2003", "mini_httpd/1.19 19dec2003"] {
            #expect(try attribute(Evidence(kind: .httpServer, value: shared)).manufacturer == nil, "\(shared)")
        }
    }

    @Test func dahuaScaleFactoryIsNotDahuaTechnology() throws {
        let a = try attribute(Evidence(kind: .macAddress, value: "40:2C:76:10:00:01"))
        #expect(a.manufacturer?.id != "dahua")
        #expect((a.manufacturer?.name ?? "").range(of: "Dahua Technology") == nil)
    }

    @Test func brandsAndOEMs() throws {
        #expect(try attribute(Evidence(kind: .brandLabel, value: "HiLook")).manufacturer?.id == "hikvision")
        #expect(try attribute(Evidence(kind: .brandLabel, value: "EZVIZ")).manufacturer?.id == "hikvision")
        #expect(try attribute(Evidence(kind: .brandLabel, value: "IMOU")).manufacturer?.id == "dahua")
        let hpe = try attribute(Evidence(kind: .brandLabel, value: "HPE"), Evidence(kind: .modelString, value: "5900AF-48G-4X"))
        #expect(hpe.manufacturer?.id == "h3c")
        #expect(hpe.countryOfOrigin == "CN")
        #expect(hpe.highRisk == true)
        let aruba = try attribute(Evidence(kind: .brandLabel, value: "HPE"), Evidence(kind: .sysDescr, value: "ArubaOS (MODEL: 515)"))
        #expect(aruba.manufacturer?.country == "US")
    }

    @Test func boschONVIFIsGermanAndNotHighRisk() throws {
        let a = try attribute(Evidence(kind: .onvifManufacturer, value: "Bosch"),
                              Evidence(kind: .onvifModel, value: "FLEXIDOME indoor 5100i IR"))
        #expect(a.manufacturer?.id == "bosch")
        #expect(a.countryOfOrigin == "DE")
        #expect(a.highRisk == false)
        #expect(a.deviceClass == .camera)
        #expect(a.model == "FLEXIDOME indoor 5100i IR")
    }

    @Test func sysDescrAndEnterpriseNumbersOfNetworkGear() throws {
        let huawei = try attribute(
            Evidence(kind: .sysDescr, value: "S5720-56C-PWR-EI-AC\nHuawei Versatile Routing Platform Software\n VRP (R) software,Version 5.170 (S5720 V200R010C00SPC600)"),
            Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.2011.2.23.291"))
        #expect(huawei.manufacturer?.id == "huawei")
        #expect(huawei.deviceClass == .switch)
        #expect(huawei.model == "S5720-56C-PWR-EI-AC")
        let axis = try attribute(Evidence(kind: .sysDescr, value: "; AXIS Q1656; Box Camera; 10.12.240"),
                                 Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.368.1.1"))
        #expect(axis.manufacturer?.id == "axis")
        #expect(axis.highRisk == false)
        #expect(axis.conflicts.isEmpty)
        let ups = try attribute(Evidence(kind: .sysDescr, value: "Linux GSE200M"),
                                Evidence(kind: .sysObjectID, value: "1.3.6.1.4.1.8072.3.2.10"),
                                Evidence(kind: .snmpManufacturer, value: "HUAWEI"))
        #expect(ups.manufacturer?.id == "huawei")
    }

    @Test func espressifModuleInADutchSensor() throws {
        // 24:0A:C4 is one of Espressif's MA-L blocks.
        let a = try attribute(Evidence(kind: .macAddress, value: "24:0A:C4:00:00:01"), Evidence(kind: .brandLabel, value: "Nedap"))
        #expect(a.manufacturer?.id == "nedap")
        #expect(a.highRisk == false)
        #expect(a.evidence.first?.weight == 0.15)
    }
}
