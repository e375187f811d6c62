// The Kwiga.Sdk pipeline. Run with `dotnet cake` (after `dotnet tool restore`).
//
//   dotnet cake                      Restore → Generate → Build → Contract → Test → Pack → PackageTest → TrimTest
//   dotnet cake --target=Test        Restore → Generate → Build → Test
//   dotnet cake --target=Contract    lint, docs drift, breaking-change diff, Redocly, Spectral
//   dotnet cake --target=PackageTest a consumer project built against the packed Kwiga.Sdk
//   dotnet cake --target=TrimTest    trimmed and native-AOT applications using the SDK, published and run
//   dotnet cake --target=Clean       bin/, obj/ (with the generated client), artifacts/
//
// Options: --configuration=Debug|Release (default Release); --test-verbosity=normal prints every test
// (by default only failures and the summaries).
using System.Xml.Linq;

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var testVerbosity = Argument("test-verbosity", "minimal");

var solution = File("./Kwiga.Generated.sln");
var sdkProject = File("./src/Kwiga.Sdk/Kwiga.Sdk.csproj");
var redisProject = File("./src/Kwiga.Sdk.Redis/Kwiga.Sdk.Redis.csproj");
var testingProject = File("./src/Kwiga.Sdk.Testing/Kwiga.Sdk.Testing.csproj");
var contract = File("./openapi/kwiga.yaml");
var generatorProject = File("./generator/Kwiga.Generator/Kwiga.Generator.csproj");
var releasedContract = File("./openapi/released/kwiga.yaml");
var approvedBreaks = File("./openapi/approved-breaks.yaml");
var artifacts = Directory("./artifacts");
var testResults = artifacts + Directory("test-results");
var packages = artifacts + Directory("packages");

// Kiota runs inside the build (src/Kwiga.Sdk/build/KiotaGeneration.targets); these keep it offline and quiet.
System.Environment.SetEnvironmentVariable("KIOTA_OFFLINE_ENABLED", "true");
System.Environment.SetEnvironmentVariable("KIOTA_CLI_TELEMETRY_OPTOUT", "true");
System.Environment.SetEnvironmentVariable("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
System.Environment.SetEnvironmentVariable("DOTNET_NOLOGO", "1");

void Run(string tool, string arguments)
{
    Information($"> {tool} {arguments}");
    var exitCode = StartProcess(tool, new ProcessSettings { Arguments = arguments });
    if (exitCode != 0)
    {
        throw new CakeException(exitCode, $"'{tool} {arguments}' exited with {exitCode}.");
    }
}

// A tool whose output matters only when it fails (the npm linters print a Node.js support banner on
// every run): its output is kept and shown with the failure, else one line says it passed.
void Quiet(string tool, string arguments)
{
    var exitCode = StartProcess(tool, new ProcessSettings { Arguments = arguments, RedirectStandardOutput = true, RedirectStandardError = true }, out var output, out var errors);
    var name = arguments.Split(' ').First(a => a.StartsWith("@", StringComparison.Ordinal));
    if (exitCode != 0)
    {
        foreach (var line in output.Concat(errors))
        {
            Information(line);
        }

        throw new CakeException(exitCode, $"'{tool} {arguments}' exited with {exitCode}.");
    }

    Information($"{name}: no findings");
}

// A check that also reports what it could not tell (info lines): its errors, warnings and closing
// summary are shown, the info lines only when it fails.
void Findings(string tool, string arguments)
{
    var exitCode = StartProcess(tool, new ProcessSettings { Arguments = arguments, RedirectStandardOutput = true, RedirectStandardError = true }, out var output, out var errors);
    var lines = output.Concat(errors).ToList();
    foreach (var line in exitCode != 0 ? lines : lines.Where(l => !l.Contains(": info: ", StringComparison.Ordinal)))
    {
        Information(line);
    }

    if (exitCode != 0)
    {
        throw new CakeException(exitCode, $"'{tool} {arguments}' exited with {exitCode}.");
    }
}

Task("Clean")
    .Description("Removes build output, the generated client (obj/Generated) and artifacts/.")
    .Does(() =>
{
    DotNetClean(solution, new DotNetCleanSettings { Configuration = configuration, Verbosity = DotNetVerbosity.Minimal });
    CleanDirectories("./src/**/obj/Generated");
    CleanDirectory(artifacts);
});

Task("Restore")
    .Description("Restores the local tools (Kiota, Cake) and the NuGet packages.")
    .Does(() =>
{
    // DotNetTool("tool restore") looks for a 'dotnet-tool' command; the plain process works.
    Run("dotnet", "tool restore");
    DotNetRestore(solution.Path.FullPath);
});

Task("Generate")
    .Description("Generates the Kiota client into src/Kwiga.Sdk/obj/Generated (skipped when the contract's hash is unchanged).")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetMSBuild(sdkProject, new DotNetMSBuildSettings { Verbosity = DotNetVerbosity.Minimal, NoLogo = true }
        .WithTarget("KiotaGenerate")
        .WithProperty("Configuration", configuration));
});

Task("Build")
    .Description("Builds the solution.")
    .IsDependentOn("Generate")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings
    {
        Configuration = configuration,
        NoRestore = true,
        Verbosity = DotNetVerbosity.Minimal,
    });
});

Task("Test")
    .Description("Runs every test project of the solution; TRX files go to artifacts/test-results.")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(testResults);
    try
    {
        DotNetTest(solution, new DotNetTestSettings
        {
            Configuration = configuration,
            NoBuild = true,
            NoRestore = true,
            ResultsDirectory = testResults,
            Loggers = new[] { "trx", $"console;verbosity={testVerbosity}" },
        });
    }
    finally
    {
        PrintTestSummary(testResults);
    }
});

Task("Contract")
    .Description("Checks openapi/kwiga.yaml: project lint rules, docs drift, breaking-change diff against the released contract, Redocly and Spectral.")
    .IsDependentOn("Build")
    .Does(() =>
{
    if (!FileExists(contract))
    {
        throw new CakeException($"{contract} does not exist.");
    }

    // The generator the Build target compiled, run directly (no `dotnet run`, which builds again).
    var tool = $"\"{MakeAbsolute(File($"./generator/Kwiga.Generator/bin/{configuration}/net10.0/Kwiga.Generator.dll"))}\"";
    EnsureDirectoryExists(artifacts);

    Information("Contract lint (project rules)");
    Run("dotnet", $"{tool} lint {contract}");

    // The docs dump lives beside the repository (../shared/seed); a clone without it skips drift.
    var docs = File("../shared/seed/000_5fdd24ffef1be311.txt");
    if (FileExists(docs))
    {
        Information("Docs drift");
        Findings("dotnet", $"{tool} drift {docs} {contract}");
    }
    else
    {
        Warning($"Docs drift skipped: {docs} is not here.");
    }

    Information($"Breaking-change diff against {releasedContract} (approvals: {approvedBreaks})");
    Run("dotnet", $"{tool} diff {releasedContract} {contract} --format md --out {artifacts}/contract-diff.md --approvals {approvedBreaks}");
    Run("dotnet", $"{tool} diff {releasedContract} {contract} --format json --out {artifacts}/contract-diff.json --approvals {approvedBreaks}");
    Information($"Report: {artifacts}/contract-diff.md");

    // The independent linters come from npm; without npx (no Node.js) they are skipped, loudly.
    if (StartProcess("npx", new ProcessSettings { Arguments = "--version", RedirectStandardOutput = true }) == 0)
    {
        System.Environment.SetEnvironmentVariable("REDOCLY_TELEMETRY", "off");
        Quiet("npx", $"--yes @redocly/cli@2.77.0 lint {contract} --config openapi/redocly.yaml");
        Quiet("npx", $"--yes @stoplight/spectral-cli@6.16.3 lint {contract} --ruleset openapi/.spectral.yaml --fail-severity error");
    }
    else
    {
        Warning("Redocly and Spectral skipped: npx (Node.js) is not installed.");
    }
});

Task("Pack")
    .Description("Packs Kwiga.Sdk, Kwiga.Sdk.Redis and Kwiga.Sdk.Testing into artifacts/packages.")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(packages);
    foreach (var project in new[] { sdkProject, redisProject, testingProject })
    {
        // Built again as a CI build: deterministic paths in the PDBs (/_/...), which Source Link maps to
        // the repository (src/Directory.Build.props), whatever machine or folder packs them.
        DotNetPack(project, new DotNetPackSettings
        {
            Configuration = configuration,
            NoRestore = true,
            OutputDirectory = packages,
            MSBuildSettings = new DotNetMSBuildSettings().WithProperty("ContinuousIntegrationBuild", "true"),
        });
    }

    foreach (var package in GetFiles($"{packages}/*.nupkg"))
    {
        Information($"Package: {package}");
    }
});

Task("PackageTest")
    .Description("Builds two consumers against the packed Kwiga.Sdk and Kwiga.Sdk.Testing (no project reference): a program that calls the sandbox, and an NUnit suite testing its own routine with Kwiga.Sdk.Testing.")
    .IsDependentOn("Pack")
    .Does(() =>
{
    // Kwiga.Sdk.<digit>…, not Kwiga.Sdk.Redis.… or Kwiga.Sdk.Testing.…; the three share one version.
    var package = GetFiles($"{packages}/Kwiga.Sdk.*.nupkg").Single(p => char.IsDigit(p.GetFilename().FullPath["Kwiga.Sdk.".Length]));
    var version = package.GetFilenameWithoutExtension().FullPath.Substring("Kwiga.Sdk.".Length);
    if (!FileExists(packages + File($"Kwiga.Sdk.Testing.{version}.nupkg")))
    {
        throw new CakeException($"Kwiga.Sdk.Testing.{version}.nupkg is not in {packages}: the packages must share one version.");
    }

    // A private package folder: the global cache may hold an older build with the same version.
    var cache = artifacts + Directory("package-test/packages");
    CleanDirectory(cache);
    var restore = $"-p:KwigaSdkVersion={version} -p:RestorePackagesPath={MakeAbsolute(cache)}";
    Run("dotnet", $"run --project tests/Kwiga.Sdk.PackageTests --configuration {configuration} {restore} -- \"{MakeAbsolute(packages)}\"");

    // The consumer's test suite: its TRX joins the Test target's, so the summary line counts it too.
    var results = testResults + Directory("package-tests");
    CleanDirectory(results);
    try
    {
        Run("dotnet", $"test tests/Kwiga.Sdk.Testing.PackageTests --configuration {configuration} {restore} --results-directory {MakeAbsolute(results)} --logger trx --logger \"console;verbosity={testVerbosity}\"");
    }
    finally
    {
        PrintTestSummary(testResults);
    }
});

Task("TrimTest")
    .Description("Publishes trimmed, self-contained applications using Kwiga.Sdk, and one compiled with native AOT (any trim or AOT warning about the SDK fails them), and runs them.")
    .Does(() =>
{
    CleanDirectory(artifacts + Directory("trim-test"));
    void PublishAndRun(string project, string folder, string publishArguments = "")
    {
        var output = artifacts + Directory("trim-test") + Directory(folder);
        Run("dotnet", $"publish tests/{project} --configuration {configuration} {publishArguments} --output {MakeAbsolute(output)}");
        // The docs examples come from the contract's JSON rendition the SDK build generated.
        var program = output + File(IsRunningOnWindows() ? project + ".exe" : project);
        Run(MakeAbsolute(program).FullPath, MakeAbsolute(File("./src/Kwiga.Sdk/obj/kwiga.sdk-view.json")).FullPath);
    }

    // Every documented operation; and an application that only reads (the reader must stay fast).
    PublishAndRun("Kwiga.Sdk.TrimTests", "Kwiga.Sdk.TrimTests");
    PublishAndRun("Kwiga.Sdk.TrimTests.ReadOnly", "Kwiga.Sdk.TrimTests.ReadOnly");

    // Every documented operation again, compiled to native code ahead of time. (The read-only check
    // does not apply there: native AOT always reads with the lenient node, see ModelPlan.For.)
    if (!IsRunningOnWindows() && (Context.Tools.Resolve("clang") is null || !FileExists("/usr/include/zlib.h")))
    {
        Warning("Native AOT check skipped: it needs clang and the zlib headers (Debian: apt-get install clang zlib1g-dev; .ci/run installs them).");
        return;
    }

    PublishAndRun("Kwiga.Sdk.TrimTests", "Kwiga.Sdk.TrimTests.NativeAot", "-p:KwigaNativeAot=true");
});

Task("Default")
    .Description("The whole pipeline: Restore, Generate, Build, Test, Contract, Pack, PackageTest, TrimTest.")
    .IsDependentOn("Test")
    .IsDependentOn("Contract")
    .IsDependentOn("PackageTest")
    .IsDependentOn("TrimTest");

RunTarget(target);

// One closing line over every TRX file, in the form CI reads: "Tests: N passed, N failed, N skipped".
void PrintTestSummary(DirectoryPath resultsDirectory)
{
    int passed = 0, failed = 0, skipped = 0;
    var files = GetFiles($"{resultsDirectory}/**/*.trx");
    foreach (var file in files)
    {
        var counters = XDocument.Load(file.FullPath).Descendants().FirstOrDefault(e => e.Name.LocalName == "Counters");
        if (counters == null)
        {
            continue;
        }

        int Count(string name) => int.TryParse((string)counters.Attribute(name), out var n) ? n : 0;
        passed += Count("passed");
        failed += Count("failed") + Count("error") + Count("timeout") + Count("aborted");
        // Ignored tests count as "total but not executed" in VSTest's TRX, not always as notExecuted.
        var neverRan = counters.Attribute("executed") == null ? 0 : Count("total") - Count("executed");
        skipped += Math.Max(Count("notExecuted"), neverRan);
    }

    // Plain text (no colour codes), also kept in a file so .ci/run can end with it.
    var summary = $"Tests: {passed} passed, {failed} failed, {skipped} skipped";
    Information("Test result files: " + files.Count + " in " + resultsDirectory);
    System.IO.File.WriteAllText(resultsDirectory.CombineWithFilePath("summary.txt").FullPath, summary + System.Environment.NewLine);
    Console.WriteLine(summary);
}
