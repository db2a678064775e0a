import Testing
@testable import HerkomstCore

@Suite("Copyright clauses")
struct CopyrightHolderTests {
    @Test("the holder's name, without marks, years, 'by' and what follows the legal form", arguments: [
        ("MyPower (R) Operating System Software S3400 Copyright (C) 2009 Maipu Communication Technology Co., Ltd. All rights reserved.",
         "Maipu Communication Technology Co., Ltd."),
        ("Cisco IOS Software, C2960 Software Copyright (c) 1986-2019 by Cisco Systems, Inc. Compiled Tue 12-Mar-19", "Cisco Systems, Inc."),
        ("Copyright © 2004-2021 Zyxel Communications Corp.", "Zyxel Communications Corp."),
        ("Lynx 210\nCopyright: Westermo. Lynx is a trademark", "Westermo"),
        ("COPYRIGHT 2015 BDCOM; Shanghai Baud Data", "BDCOM"),
    ])
    func holder(text: String, expected: String) {
        #expect(CopyrightHolder.name(in: text) == expected)
    }

    @Test("no clause, or nothing behind it, gives no name")
    func none() {
        #expect(CopyrightHolder.name(in: "Huawei Versatile Routing Platform Software") == nil)
        #expect(CopyrightHolder.name(in: "Copyright (c) 2019") == nil)
        #expect(CopyrightHolder.name(in: "copyright") == nil)
    }
}
