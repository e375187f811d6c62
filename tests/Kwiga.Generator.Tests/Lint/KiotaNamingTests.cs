using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Tests.Lint;

/// <summary>Names as measured from Kiota 1.38's C# output.</summary>
public sealed class KiotaNamingTests
{
    [TestCase("contact", "Contact")]
    [TestCase("course-user", "CourseUser")]
    [TestCase("course_user", "Course_user")]
    [TestCase("Course.User", "User")]
    public void Model_class_name(string component, string expected) =>
        Assert.That(KiotaNaming.ModelClassName(component), Is.EqualTo(expected));

    [Test]
    public void Collision_key_ignores_case_and_separators() =>
        Assert.That(KiotaNaming.CollisionKey("Course_User-x.y"), Is.EqualTo(KiotaNaming.CollisionKey("courseuserXY")));

    [Test]
    public void Path_parameter_names_the_item_request_builder() =>
        Assert.That(KiotaNaming.ItemRequestBuilderName("contact"), Is.EqualTo("WithContactItemRequestBuilder"));
}
