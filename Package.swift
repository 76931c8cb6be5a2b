// swift-tools-version: 6.1
import PackageDescription

/// Settings every Swift target shares: Swift 6 mode plus the upcoming features the style guide asks for.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "PlainSpeak",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plainspeak", targets: ["plainspeak"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        // C libraries from Debian, each wrapped by exactly one Swift file.
        .systemLibrary(name: "CEspeakNG", pkgConfig: "espeak-ng", providers: [.apt(["libespeak-ng-dev"])]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CEbur128", pkgConfig: "libebur128", providers: [.apt(["libebur128-dev"])]),
        .systemLibrary(name: "COpusEnc", pkgConfig: "libopusenc", providers: [.apt(["libopusenc-dev"])]),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        .systemLibrary(name: "CHunspell", pkgConfig: "hunspell", providers: [.apt(["libhunspell-dev"])]),

        // Stages, with one-way dependencies.
        .target(name: "ContentModel", swiftSettings: strictSettings),
        .target(
            name: "Sectioning",
            dependencies: ["ContentModel", "CCmark", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings),
        .target(name: "Readability", dependencies: ["ContentModel", "CHyphen"], swiftSettings: strictSettings),
        .target(
            name: "Simplifier",
            dependencies: ["ContentModel", "Readability", "CHunspell", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings),
        .target(
            name: "Speech",
            dependencies: ["ContentModel", "CEspeakNG", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings),
        .target(name: "AudioPost", dependencies: ["ContentModel", "CEbur128", "COpusEnc"], swiftSettings: strictSettings),
        .target(name: "Export", dependencies: ["ContentModel"], swiftSettings: strictSettings),
        .target(
            name: "Pipeline",
            dependencies: [
                "ContentModel", "Sectioning", "Readability", "Simplifier", "Speech", "AudioPost", "Export",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings),
        .executableTarget(
            name: "plainspeak",
            dependencies: ["Pipeline", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings),

        .testTarget(name: "ContentModelTests", dependencies: ["ContentModel"], swiftSettings: strictSettings),
        .testTarget(
            name: "SectioningTests", dependencies: ["Sectioning", "ContentModel"], swiftSettings: strictSettings),
        .testTarget(
            name: "ReadabilityTests", dependencies: ["Readability", "ContentModel"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "SimplifierTests", dependencies: ["Simplifier", "Readability", "ContentModel"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(name: "SpeechTests", dependencies: ["Speech", "ContentModel"], swiftSettings: strictSettings),
        .testTarget(
            name: "AudioPostTests", dependencies: ["AudioPost", "ContentModel"], swiftSettings: strictSettings),
        .testTarget(
            name: "ExportTests", dependencies: ["Export", "ContentModel"], exclude: ["Fixtures"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PipelineTests", dependencies: ["Pipeline", "ContentModel", "Speech", "AudioPost"],
            swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
