import Foundation
import Testing
import HerkomstCore
import HerkomstReference

/// Devices of the same kinds as the acceptance walks and scans, but other models, firmware generations and
/// banner spellings (written for these tests, not copied from any walk): the rules must generalise, not
/// remember files.
@Suite("Attribution generalises to other devices of the same kinds")
struct GeneralisationTests {
    static let engine = Result { try ReferenceData.loadShipped().makeEngine() }

    func attribute(_ items: (EvidenceKind, String)...) throws -> Attribution {
        try Self.engine.get().attribute(items.map { Evidence(kind: $0.0, value: $0.1) })
    }

    @Test func comwareUnderEveryLabelIsH3C() throws {
        let hpe = try attribute((.sysObjectID, "1.3.6.1.4.1.25506.11.1.136"),
                                (.sysDescr, "HPE Comware Platform Software, Software Version 7.1.070, Release 3208P08\r\nHPE 5130 24G 4SFP+ EI Switch\r\nCopyright (c) 2010-2019 Hewlett Packard Enterprise Development LP"),
                                (.snmpManufacturer, "HPE"), (.macAddress, "9C:DC:71:AA:0B:01"))
        #expect(hpe.manufacturer?.id == "h3c")
        #expect(hpe.countryOfOrigin == "CN")
        #expect(hpe.conflicts.isEmpty)
        #expect(hpe.deviceClass == .switch)

        let flexFabric = try attribute((.sysObjectID, "1.3.6.1.4.1.25506.11.1.101"),
                                       (.sysDescr, "HPE Comware Software, Version 7.1.045, Release 3506P02\r\nHPE FlexFabric 5700-48G-4XG-2QSFP+ Switch"))
        #expect(flexFabric.manufacturer?.id == "h3c")

        let v1910 = try attribute((.sysObjectID, "1.3.6.1.4.1.25506.11.1.38"), (.sysDescr, "HP V1910-24G Switch Software Version 5.20 Release 1513"))
        #expect(v1910.manufacturer?.id == "h3c")
        #expect(v1910.highRisk == true)

        let h3c = try attribute((.sysObjectID, "1.3.6.1.4.1.25506.1.1412"),
                                (.sysDescr, "H3C Comware Platform Software, Software Version 7.1.064, Release 0427P22\r\nH3C S6520X-54QC-EI\r\nCopyright (c) 2004-2019 New H3C Technologies Co., Ltd. All rights reserved."))
        #expect(h3c.manufacturer?.id == "h3c")
        #expect(h3c.deviceClass == .switch)
    }

    @Test func hpsOwnSwitchesStayAmerican() throws {
        let procurve = try attribute((.sysObjectID, "1.3.6.1.4.1.11.2.3.7.11.79"),
                                     (.sysDescr, "ProCurve J9019B Switch 2510B-24, revision Q.11.17, ROM Q.10.02 (/sw/code/build/harp(ts_11_ec))"))
        #expect(procurve.countryOfOrigin == "US")
        #expect(procurve.highRisk == false)
        let arubaCX = try attribute((.sysObjectID, "1.3.6.1.4.1.47196.4.1.1.1.300"), (.sysDescr, "Aruba JL658A 6300M 24SFP+ 4SFP56 Swch FL.10.10.1020"))
        #expect(arubaCX.countryOfOrigin == "US")
        #expect(arubaCX.highRisk == false)
    }

    @Test func otherChineseNetworkGear() throws {
        let cloudEngine = try attribute((.sysObjectID, "1.3.6.1.4.1.2011.2.239.12"),
                                        (.sysDescr, "Huawei Versatile Routing Platform Software\r\nVRP (R) software, Version 8.180 (CE6851HI V200R005C10SPC800)\r\nCopyright (C) 2012-2018 Huawei Technologies Co., Ltd.\r\nHUAWEI CE6851-48S6Q-HI"))
        #expect(cloudEngine.manufacturer?.id == "huawei")
        #expect(cloudEngine.deviceClass == .switch)

        let zte = try attribute((.sysObjectID, "1.3.6.1.4.1.3902.15.2.30.89"), (.sysDescr, "ZXR10 ROS Version V4.08.23 ZXR10 2928E Software, Copyright (c) 2000-2012 by ZTE Corporation"))
        #expect(zte.manufacturer?.id == "zte")

        let ruijie = try attribute((.sysObjectID, "1.3.6.1.4.1.4881.1.1.10.1.33"),
                                   (.sysDescr, "Ruijie Gigabit Security & Intelligence Access Switch(S2928G-E V3) By Ruijie Networks Co., Ltd."))
        #expect(ruijie.manufacturer?.id == "ruijie")

        let dcn = try attribute((.sysObjectID, "1.3.6.1.4.1.6339.1.1.1.207"),
                                (.sysDescr, "DCRS-5750-28T Device, Compiled on Mar 02 2015 SoftWare Version 7.0.3.1(R0007.0149) Copyright (C) 2001-2015 by Digital China Networks Limited."))
        #expect(dcn.manufacturer?.id == "dcn")

        let fiberhome = try attribute((.sysObjectID, "1.3.6.1.4.1.5875.800.1001.11"), (.sysDescr, "AN5516-04"))
        #expect(fiberhome.manufacturer?.id == "fiberhome")

        let bdcom = try attribute((.sysObjectID, "1.3.6.1.4.1.3320.1.168.0"),
                                  (.sysDescr, "BDCOM(tm) S2900 Software, Version 2.1.1A Build 19422\nCompiled: 2016-5-10 by SYS_16, Image text-base: 0x10000\nhardware version:V1.0"))
        #expect(bdcom.manufacturer?.id == "bdcom")

        let fs = try attribute((.sysObjectID, "1.3.6.1.4.1.52642.1.458.0"),
                               (.sysDescr, "Fiberstore Co., Limited Internetwork Operating System Software\nS3900-24T4S Series Software, Version 2.1.1A Build 81230, RELEASE SOFTWARE\nhardware version:Rev.D"))
        #expect(fs.manufacturer?.id == "bdcom")
        #expect(fs.countryOfOrigin == "CN")

        let jetstream = try attribute((.sysObjectID, "1.3.6.1.4.1.11863.5.112"), (.sysDescr, "JetStream 28-Port Gigabit L2+ Managed Switch with 4 SFP Slots"))
        #expect(jetstream.manufacturer?.id == "tp-link")
    }

    @Test func camerasWithAndWithoutTheirOwnSysObjectID() throws {
        let axis = try attribute((.sysObjectID, "1.3.6.1.4.1.368.4"), (.sysDescr, "; AXIS M3106-L Mk II; Network Camera; 9.80.3.11; Nov 11 2022 10:16; 1B9; 1;"))
        #expect(axis.manufacturer?.id == "axis")
        #expect(axis.highRisk == false)
        #expect(axis.deviceClass == .camera)

        let hikvision = try attribute((.sysObjectID, "1.3.6.1.4.1.39165"), (.modelString, "DS-2CD2386G2-IU"))
        #expect(hikvision.manufacturer?.id == "hikvision")
        #expect(hikvision.deviceClass == .camera)

        let dahua = try attribute((.sysObjectID, "1.3.6.1.4.1.1004849.2.1.1"), (.modelString, "IPC-HFW2831T-ZS-S2"))
        #expect(dahua.manufacturer?.id == "dahua")
        #expect(dahua.deviceClass == .camera)

        let hikRecorder = try attribute((.sysObjectID, "1.3.6.1.4.1.50001.1"), (.sysDescr, "Linux"))
        #expect(hikRecorder.manufacturer?.id == "hikvision")
    }

    @Test func genericAgentsAloneStayUnknown() throws {
        let a = try attribute((.sysObjectID, "1.3.6.1.4.1.8072.3.2.10"), (.sysDescr, "Linux gateway 4.14.98 #1 SMP PREEMPT armv7l"))
        #expect(a.manufacturer == nil)
        #expect(a.highRisk == nil)
        let ups = try attribute((.sysDescr, "Linux GSE200M"), (.snmpManufacturer, "HUAWEI"))
        #expect(ups.manufacturer?.id == "huawei")
    }

    @Test func bannersOfTheSameKindsAsTheScan() throws {
        let hikvision = try attribute((.macAddress, "BC:AD:28:01:02:03"), (.httpServer, "DNVRS-Webs"), (.rtspServer, "Hikvision-RTSP"))
        #expect(hikvision.manufacturer?.id == "hikvision")
        let tpLink = try attribute((.macAddress, "50:C7:BF:01:02:03"), (.wwwAuthenticate, "Basic realm=\"TP-LINK Wireless N Router WR940N\""))
        #expect(tpLink.manufacturer?.id == "tp-link")
        #expect(tpLink.deviceClass == .router)
        let bosch = try attribute((.macAddress, "00:07:5F:01:02:03"), (.httpServer, "VCS-VideoJet-Webserver"))
        #expect(bosch.manufacturer?.country == "DE")
        #expect(bosch.highRisk == false)
        let unknown = try attribute((.macAddress, "0A:00:27:00:00:01"), (.httpServer, "nginx/1.18.0"), (.cpe, "cpe:/a:igor_sysoev:nginx:1.18.0"))
        #expect(unknown.manufacturer == nil)
        #expect(unknown.highRisk == nil)
    }

    @Test func brandLabelsOfTheIssue() throws {
        for (label, maker) in [("HiWatch", "hikvision"), ("Prama", "hikvision"), ("EZVIZ", "hikvision"), ("IMOU", "dahua"),
                               ("Amcrest", "dahua"), ("Uniarch", "uniview")] {
            #expect(try attribute((.brandLabel, label)).manufacturer?.id == maker, "\(label)")
        }
        let intelbras = try attribute((.brandLabel, "Intelbras"), (.modelString, "IPC-HFW2431S-S"))
        #expect(intelbras.manufacturer?.id == "dahua")
    }

    @Test func conflictingStrongSignalsAreReported() throws {
        let a = try attribute((.macAddress, "C0:56:E3:10:20:30"), (.sysObjectID, "1.3.6.1.4.1.368.1.1"))
        #expect(a.conflicts.count == 1)
        #expect(a.confidence < 0.5)
    }
}
