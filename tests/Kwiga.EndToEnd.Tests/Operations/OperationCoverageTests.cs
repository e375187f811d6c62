using System.Reflection;
using System.Text.RegularExpressions;
using Kwiga.EndToEnd.Tests.Support;

namespace Kwiga.EndToEnd.Tests.Operations;

public sealed partial class OperationCoverageTests
{
    [Test]
    public void Every_operation_of_the_contract_has_an_end_to_end_test()
    {
        var contract = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "kwiga.yaml"));
        var documented = OperationId().Matches(contract).Select(m => m.Groups[1].Value).ToHashSet();
        var tested = typeof(OperationCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<OperationAttribute>())
            .Select(a => a.OperationId)
            .ToHashSet();

        Assert.That(documented, Has.Count.EqualTo(27), "the contract's operation count changed: add tests for the new ones");
        Assert.That(documented.Except(tested), Is.Empty, "operations without an end-to-end test");
        Assert.That(tested.Except(documented), Is.Empty, "tests name operations the contract does not have");
    }

    [GeneratedRegex(@"^\s+operationId:\s*(\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex OperationId();
}
