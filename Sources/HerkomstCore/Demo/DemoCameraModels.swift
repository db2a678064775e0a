/// Cameras and recorders, model numbers in each maker's own grammar.
enum DemoCameraModels {
    // Hikvision: DS-2CD = fixed network camera, DS-2DE = PTZ; G2 = generation; suffixes give IR, lens, audio.
    static let hikvisionDome = DemoModel(.hikvision, "DS-2CD2143G2-I", .camera,
                                         firmwares: ["V5.6.5 build 200316", "V5.7.1 build 210113"])
    static let hikvisionBullet = DemoModel(.hikvision, "DS-2CD2T47G2-L", .camera,
                                           firmwares: ["V5.7.0 build 201207", "V5.7.3 build 211112"])
    static let hikvisionTurret = DemoModel(.hikvision, "DS-2CD2346G2-ISU/SL", .camera,
                                           firmwares: ["V5.7.1 build 210113", "V5.7.3 build 211112"])
    static let hikvisionVarifocal = DemoModel(.hikvision, "DS-2CD2646G2-IZS", .camera,
                                              firmwares: ["V5.6.5 build 200316", "V5.7.3 build 211112"])
    static let hikvisionPTZ = DemoModel(.hikvision, "DS-2DE4425IW-DE", .camera,
                                        firmwares: ["V5.6.15 build 200930", "V5.7.2 build 210730"])
    static let hikvisionRecorder = DemoModel(.hikvision, "DS-9632NI-I16", .nvr,
                                             firmwares: ["V4.22.005 build 200911", "V4.30.085 build 210331"])
    static let hikvisionLivingLab = [hikvisionDome, hikvisionBullet, hikvisionTurret, hikvisionVarifocal, hikvisionPTZ]

    static let hiLookTurret = DemoModel(.hiLook, "IPC-T240H", .camera, firmwares: ["V5.5.82 build 190909"])
    static let hiLookBullet = DemoModel(.hiLook, "IPC-B140H", .camera, firmwares: ["V5.5.82 build 190909"])

    // Dahua: IPC-HFW = bullet, IPC-HDBW = vandal dome, SD = speed dome; NVR5216 = 16 channels.
    static let dahuaBullet = DemoModel(.dahua, "IPC-HFW2431S-S-S2", .camera,
                                       firmwares: ["V2.800.0000000.11.R", "V2.820.0000000.5.R"])
    static let dahuaDome = DemoModel(.dahua, "IPC-HDBW2431E-S-S2", .camera,
                                     firmwares: ["V2.800.0000000.11.R", "V2.820.0000000.5.R"])
    static let dahuaVarifocal = DemoModel(.dahua, "IPC-HFW5442E-ZE", .camera, firmwares: ["V2.800.15OG004.0.R"])
    static let dahuaPTZ = DemoModel(.dahua, "SD49225XA-HNR", .camera, firmwares: ["V2.622.0000000.33.R"])
    static let dahuaRecorder = DemoModel(.dahua, "NVR5216-16P-I", .nvr, firmwares: ["V4.001.0000000.3.R"])
    static let dahuaCameras = [dahuaBullet, dahuaDome, dahuaVarifocal, dahuaPTZ]

    static let univiewBullet = DemoModel(.uniview, "IPC2124LB-SF28KM-G", .camera, firmwares: ["IPC_G6103-B0005P61D1907"])
    static let univiewTurret = DemoModel(.uniview, "IPC3614SR3-ADF28KM-G", .camera, firmwares: ["IPC_G6103-B0005P61D1907"])
    static let univiewRecorder = DemoModel(.uniview, "NVR302-16S2", .nvr, firmwares: ["NVR-B3601.16.10.200302"])
    static let univiewCameras = [univiewBullet, univiewTurret]

    // Axis: the letter is the family (M compact, P professional, Q premium); -LE outdoor with IR.
    static let axisBullet = DemoModel(.axis, "P1455-LE", .camera, firmwares: ["9.80.3.8", "10.12.153", "11.5.64"],
                                      platform: "Network Camera", sysObjectID: "1.3.6.1.4.1.368")
    static let axisDome = DemoModel(.axis, "P3245-LVE", .camera, firmwares: ["9.80.3.8", "10.12.153", "11.5.64"],
                                    platform: "Network Camera", sysObjectID: "1.3.6.1.4.1.368")
    static let axisCompactDome = DemoModel(.axis, "M3106-LVE Mk II", .camera, firmwares: ["9.80.3.8", "10.12.153"],
                                           platform: "Network Camera", sysObjectID: "1.3.6.1.4.1.368")
    static let axisPTZ = DemoModel(.axis, "Q6135-LE", .camera, firmwares: ["9.80.3.8", "10.12.153", "11.5.64"],
                                   platform: "PTZ Network Camera", sysObjectID: "1.3.6.1.4.1.368")
    static let axisMultisensor = DemoModel(.axis, "P3727-PLE", .camera, firmwares: ["10.12.153", "11.5.64"],
                                           platform: "Panoramic Camera", sysObjectID: "1.3.6.1.4.1.368")
    static let axisPlateVerifier = DemoModel(.axis, "P1445-LE-3", .camera, firmwares: ["9.80.3.8", "10.12.153"],
                                             platform: "License Plate Verifier Kit", sysObjectID: "1.3.6.1.4.1.368")
    static let axisRecorder = DemoModel(.axis, "S3008", .nvr, firmwares: ["10.12.153", "11.5.64"],
                                        platform: "Recorder", sysObjectID: "1.3.6.1.4.1.368")
    static let axisPeopleCounter = DemoModel(.axis, "P8815-2", .sensor, firmwares: ["10.12.153"],
                                             platform: "3D People Counter", sysObjectID: "1.3.6.1.4.1.368")
    static let axisCameras = [axisBullet, axisDome, axisCompactDome, axisPTZ, axisMultisensor]

    // Bosch: type numbers NDE (FLEXIDOME outdoor), NBE (DINION bullet), MIC (ruggedised PTZ); platform = ONVIF product name.
    static let boschDome = DemoModel(.bosch, "NDE-5503-AL", .camera, firmwares: ["7.80.0128", "8.40.0029"],
                                     platform: "FLEXIDOME IP outdoor 5000i")
    static let boschBullet = DemoModel(.bosch, "NBE-5503-AL", .camera, firmwares: ["7.80.0128", "8.40.0029"],
                                       platform: "DINION IP bullet 5000i")
    static let boschPTZ = DemoModel(.bosch, "MIC-9502-Z30BVS", .camera, firmwares: ["7.80.0128", "8.40.0029"],
                                    platform: "MIC IP fusion 9000i")
    static let boschRecorder = DemoModel(.bosch, "DIP-5244IG-4HD", .nvr, firmwares: ["9.60.0013"],
                                         platform: "DIVAR IP all-in-one 5000")
    static let boschCameras = [boschDome, boschBullet, boschPTZ]

    static let mobotixDual = DemoModel(.mobotix, "M16B", .camera, firmwares: ["MX-V5.2.6.18", "MX-V5.4.2.4"])
    static let mobotixHemispheric = DemoModel(.mobotix, "Q26B", .camera, firmwares: ["MX-V5.2.6.18", "MX-V5.4.2.4"])
    static let mobotixMove = DemoModel(.mobotix, "MOVE BC-4-IR", .camera, firmwares: ["MX-V1.5.0.29"])
    static let mobotixCameras = [mobotixDual, mobotixHemispheric, mobotixMove]
}
