/// Sensors, gateways and controllers. Most of them say nothing over the network, so the label is the evidence.
enum DemoSensorModels {
    static let xovisCounter = DemoModel(.xovis, "PC2S", .sensor, firmwares: ["4.3.2", "5.1.0"],
                                        labelText: "Xovis PC2S 3D-persoonsteller")
    static let xovisCounterNew = DemoModel(.xovis, "PC3", .sensor, firmwares: ["5.1.0"],
                                           labelText: "Xovis PC3 3D-persoonsteller")
    static let soramaSound = DemoModel(.sorama, "CAM64", .sensor, firmwares: ["2.4.1"],
                                       labelText: "Sorama CAM64 akoestische camera (geluidsniveau, geen opname)")
    static let libeliumSmartCities = DemoModel(.libelium, "Plug & Sense! Smart Cities PRO", .sensor,
                                               firmwares: ["v4.2"],
                                               labelText: "Libelium Plug & Sense! Smart Cities PRO, LoRaWAN, geluid en luchtkwaliteit")
    static let libeliumEnvironment = DemoModel(.libelium, "Plug & Sense! Smart Environment PRO", .sensor,
                                               firmwares: ["v4.2"],
                                               labelText: "Libelium Plug & Sense! Smart Environment PRO, LoRaWAN, NO2 en fijnstof")
    /// Dutch-made, with a Sensirion particulate sensor and, in the Wi-Fi version, an Espressif ESP32 module.
    static let sodaqAirWifi = DemoModel(.sodaq, "SODAQ AIR", .sensor, firmwares: ["1.8.2", "2.0.1"],
                                        labelText: "SODAQ AIR luchtkwaliteitssensor, Sensirion SPS30, Wi-Fi-module Espressif ESP32")
    static let sodaqAirCellular = DemoModel(.sodaq, "SODAQ AIR LTE-M", .sensor, firmwares: ["2.0.1"],
                                            labelText: "SODAQ AIR luchtkwaliteitssensor, Sensirion SPS30, LTE-M")
    static let boschClimo = DemoModel(.boschClimate, "Climo", .sensor, firmwares: ["1.6.0"],
                                      labelText: "Bosch Climo micro-klimaatmeetstation, fijnstof, NO2, O3, geluid")
    static let nedapParking = DemoModel(.nedap, "SENSIT IR", .sensor, firmwares: ["3.1"],
                                        labelText: "Nedap SENSIT IR parkeersensor (in het wegdek)")
    static let nedapParkingFlush = DemoModel(.nedap, "SENSIT Flush Mount", .sensor, firmwares: ["3.1"],
                                             labelText: "Nedap SENSIT Flush Mount parkeersensor")
    static let nedapDataCollector = DemoModel(.nedap, "SENSIT Data Collector", .gateway, firmwares: ["5.4.0"],
                                              labelText: "Nedap SENSIT Data Collector")
    static let vanEssenDiver = DemoModel(.vanEssen, "TD-Diver", .sensor, firmwares: ["1.1"],
                                         labelText: "Van Essen Instruments TD-Diver waterstandsmeter, uitgelezen via GPRS-modem")
    static let teltonikaRouter = DemoModel(.teltonika, "RUT240", .gateway, firmwares: ["RUT2_R_00.07.02.7"],
                                           labelText: "Teltonika RUT240 4G-router bij meetpunt")
    static let kippZonenPyranometer = DemoModel(.kippZonen, "SMP10", .sensor, firmwares: ["2.1"],
                                                labelText: "Kipp & Zonen SMP10 pyranometer, Modbus naar datalogger")
    static let siemensTrafficController = DemoModel(.siemens, "Sitraffic C900", .controller, firmwares: ["4.2.1"],
                                                    labelText: "Siemens Sitraffic C900 verkeersregelautomaat")
}
