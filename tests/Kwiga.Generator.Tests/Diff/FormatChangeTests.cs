using Kwiga.Generator.Diff;
using Kwiga.Generator.Diff.Rules;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Tests.Diff;

/// <summary>Format changes are classified by the C# type Kiota 1.38 generates for each format.</summary>
public sealed class FormatChangeTests
{
    [TestCase(JsonSchemaType.Integer, "", "int32", ChangeClass.NonBreaking, TestName = "integer_to_int32_stays_int")]
    [TestCase(JsonSchemaType.Integer, "int32", "int64", ChangeClass.SdkBreaking, TestName = "int32_to_int64_becomes_long")]
    [TestCase(JsonSchemaType.Number, "", "double", ChangeClass.NonBreaking, TestName = "number_to_double_stays_double")]
    [TestCase(JsonSchemaType.Number, "double", "decimal", ChangeClass.SdkBreaking, TestName = "double_to_decimal_changes_csharp_type")]
    [TestCase(JsonSchemaType.String, "", "email", ChangeClass.NonBreaking, TestName = "email_stays_string")]
    [TestCase(JsonSchemaType.String, "", "date-time", ChangeClass.SdkBreaking, TestName = "string_to_date_time_becomes_DateTimeOffset")]
    [TestCase(JsonSchemaType.String, "date-time", "date", ChangeClass.WireBreaking, TestName = "date_time_to_date_changes_the_text")]
    [TestCase(JsonSchemaType.String, "", "byte", ChangeClass.WireBreaking, TestName = "string_to_base64_changes_the_text")]
    public void Classifies_by_generated_csharp_type(JsonSchemaType type, string was, string now, ChangeClass expected)
    {
        Assert.That(FormatChange.Classify(type, was, now, SchemaScope.Request).Class, Is.EqualTo(expected));
    }

    [Test]
    public void Narrowing_int64_to_int32_breaks_readers_but_only_the_sdk_for_writers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FormatChange.Classify(JsonSchemaType.Integer, "int64", "int32", SchemaScope.Response).Class, Is.EqualTo(ChangeClass.WireBreaking));
            Assert.That(FormatChange.Classify(JsonSchemaType.Integer, "int64", "int32", SchemaScope.Request).Class, Is.EqualTo(ChangeClass.SdkBreaking));
        });
    }
}
