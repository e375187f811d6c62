// Consumes the packed Kwiga.Sdk the way a user does and calls the API through it (the offline
// sandbox stands in for KWIGA). Exit code 0 only when every check holds.
using Kwiga.Sdk;
using Kwiga.Sdk.Testing;

await using var sandbox = await KwigaSandbox.StartAsync(new KwigaSandboxOptions { Token = "package-test-token" });
var kwiga = KwigaClientFactory.Create(new KwigaOptions
{
    Token = "package-test-token",
    CabinetHash = sandbox.CabinetHash,
    BaseUrl = sandbox.BaseUrl,
});

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

var ids = new HashSet<int>();
await foreach (var contact in kwiga.Contacts.GetAllAsync())
{
    ids.Add(contact.Id ?? 0);
}

Check(ids.Count == 500, $"all contacts through GetAllAsync ({ids.Count} of 500)");

Kwiga.Sdk.Models.CouponCheck check = await kwiga.Coupons.Check.PostAsync(new Kwiga.Sdk.Models.CouponCheckRequest { Code = "SANDBOX10", Price = 100 });
Check(check.CanUse == true, "coupon check returns the resource itself");

var since = new DateOnly(2024, 1, 1);
var recent = 0;
await foreach (var coupon in kwiga.Coupons.GetAllAsync(q => q.DateFrom = since))
{
    recent++;
}

Check(recent > 0, $"a typed date filter reaches the server ({recent} coupons since {since:yyyy-MM-dd})");

try
{
    await kwiga.Contacts.PostAsync(new Kwiga.Sdk.Models.ContactCreateRequest());
    Check(false, "a contact without email is refused");
}
catch (KwigaValidationException e)
{
    Check(e.Errors.ContainsKey("email"), "a contact without email is refused with a typed validation error");
}

// The deps file records how each library was resolved: it must be the package, not a project.
var deps = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kwiga.Sdk.PackageTests.deps.json")))!;
var library = deps["libraries"]!.AsObject().FirstOrDefault(l => l.Key.StartsWith("Kwiga.Sdk/", StringComparison.Ordinal));
Check(library.Value?["type"]?.GetValue<string>() == "package", $"Kwiga.Sdk resolved as a package ({library.Key})");

// The symbol packages beside the package (the folder is the first argument, as the PackageTest target passes it).
if (args.Length > 0)
{
    var symbolProblems = SymbolPackages.Problems(args[0]);
    Check(symbolProblems.Count == 0, "symbol packages carry Source Link and /_/ paths" + (symbolProblems.Count == 0 ? string.Empty : ": " + string.Join("; ", symbolProblems)));
}

Console.WriteLine(failures.Count == 0 ? "package consumption: OK" : $"package consumption: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;
