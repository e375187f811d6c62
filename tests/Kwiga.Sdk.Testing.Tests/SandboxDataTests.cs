using Kwiga.Sdk.Models;
using Kwiga.Sdk.Testing;

namespace Kwiga.Sdk.Testing.Tests;

public class SandboxDataTests
{
    [Test]
    public async Task An_empty_cabinet_has_no_contacts_courses_offers_or_coupons()
    {
        await using var sandbox = await KwigaSandbox.StartAsync(new KwigaSandboxOptions { DefaultData = false });

        var contacts = await sandbox.Client.Contacts.GetAsync();
        var courses = await sandbox.Client.Courses.GetAsync();
        var offers = await sandbox.Client.Offers.GetAsync();
        var coupons = await sandbox.Client.Coupons.GetAsync();
        var timezones = await sandbox.Client.Timezones.GetAsync();

        Assert.That(new[] { contacts?.Meta?.Total, courses?.Meta?.Total, offers?.Meta?.Total, coupons?.Meta?.Total }, Is.All.EqualTo(0));
        Assert.That(timezones?.Data, Is.Not.Empty, "the timezone dictionary is the platform's");
    }

    [Test]
    public async Task Added_contacts_are_served_with_their_tags()
    {
        await using var sandbox = await KwigaSandbox.StartAsync(new KwigaSandboxOptions { DefaultData = false });

        var id = sandbox.Data.AddContact(new NewContact { Email = "ann@example.com", FirstName = "Ann", LastName = "Lee", Tags = ["vip", "new-tag"] });
        var contact = await sandbox.Client.Contacts[id].GetAsync();

        Assert.Multiple(() =>
        {
            Assert.That(contact.Email, Is.EqualTo("ann@example.com"));
            Assert.That(contact.FirstName, Is.EqualTo("Ann"));
            Assert.That(contact.Tags?.Select(t => t.Name), Is.EquivalentTo(new[] { "vip", "new-tag" }));
        });
    }

    [Test]
    public async Task An_added_course_has_its_participants_and_their_progress()
    {
        await using var sandbox = await KwigaSandbox.StartAsync(new KwigaSandboxOptions { DefaultData = false });
        var ann = sandbox.Data.AddContact(new NewContact { Email = "ann@example.com" });
        var bob = sandbox.Data.AddContact(new NewContact { Email = "bob@example.com" });

        var course = sandbox.Data.AddCourse(new NewCourse
        {
            Title = "Onboarding",
            LessonCount = 6,
            Participants = [new NewParticipant { ContactId = ann, LessonsCompleted = 6 }, new NewParticipant { ContactId = bob, LessonsCompleted = 1, LessonsViewed = 3 }],
        });

        var courses = await sandbox.Client.Courses.GetAsync();
        var users = new List<CourseUser>();
        await foreach (var user in sandbox.Client.Courses[course].Users.GetAllAsync())
        {
            users.Add(user);
        }

        Assert.Multiple(() =>
        {
            Assert.That(courses?.Data?.Select(c => (c.Id, c.Title)), Is.EqualTo(new[] { ((int?)course, "Onboarding") }));
            Assert.That(users.Select(u => u.User?.Email), Is.EquivalentTo(new[] { "ann@example.com", "bob@example.com" }));
            Assert.That(users.Single(u => u.User?.Email == "ann@example.com").CourseProgress?.LessonsCountCompleted, Is.EqualTo(6));
            Assert.That(users.Single(u => u.User?.Email == "bob@example.com").CourseProgress?.LessonsCountViewed, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task An_added_offer_and_coupon_are_served()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        var offer = sandbox.Data.AddOffer(new NewOffer { Title = "Bundle", Price = 49m, DiscountedPrice = 39m, CourseIds = [20], ProductIds = [205] });
        sandbox.Data.AddCoupon(new NewCoupon { Code = "WELCOME20", Reward = 20 });

        var served = await sandbox.Client.Offers[offer].GetAsync();
        var check = await sandbox.Client.Coupons.Check.PostAsync(new CouponCheckRequest { Code = "WELCOME20", Price = 100 });

        Assert.That(served.Title, Is.EqualTo("Bundle"));
        Assert.That(served.Products?.Select(p => p.Id), Is.EquivalentTo(new int?[] { 201, 205 }));
        Assert.That(check.CanUse, Is.True);
    }

    [Test]
    public async Task Records_a_real_cabinet_cannot_hold_are_refused()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        var before = sandbox.Data.ToString();
        var taken = (await sandbox.Client.Contacts[1].GetAsync()).Email!.ToUpperInvariant();

        Assert.Multiple(() =>
        {
            Assert.That(() => sandbox.Data.AddContact(new NewContact { Email = "not-an-email" }), Throws.ArgumentException);
            Assert.That(() => sandbox.Data.AddContact(new NewContact { Email = taken }), Throws.ArgumentException.With.Message.Contains("already"));
            Assert.That(() => sandbox.Data.AddContact(new NewContact { Email = "later@example.com", CreatedAt = DateTimeOffset.UtcNow.AddDays(1) }), Throws.ArgumentException);
            Assert.That(() => sandbox.Data.AddCourse(new NewCourse { Title = "X", Participants = [new NewParticipant { ContactId = 999_999 }] }), Throws.ArgumentException.With.Message.Contains("999999"));
            Assert.That(() => sandbox.Data.AddCourse(new NewCourse { Title = "X", Participants = [new NewParticipant { ContactId = 1 }, new NewParticipant { ContactId = 1 }] }), Throws.ArgumentException);
            Assert.That(() => sandbox.Data.AddCourse(new NewCourse { Title = "X", LessonCount = 3, Participants = [new NewParticipant { ContactId = 1, LessonsCompleted = 4 }] }), Throws.ArgumentException);
            Assert.That(() => sandbox.Data.AddCourse(new NewCourse { Title = "X", Participants = [new NewParticipant { ContactId = 1, LessonsCompleted = 2, LessonsViewed = 1 }] }), Throws.ArgumentException);
            Assert.That(() => sandbox.Data.AddCourse(new NewCourse { Title = " " }), Throws.ArgumentException);
            Assert.That(() => sandbox.Data.AddOffer(new NewOffer { Title = "X", Price = 10, DiscountedPrice = 12, ProductIds = [201] }), Throws.ArgumentException);
            Assert.That(() => sandbox.Data.AddOffer(new NewOffer { Title = "X", Price = -1, ProductIds = [201] }), Throws.ArgumentException);
            Assert.That(() => sandbox.Data.AddOffer(new NewOffer { Title = "X", Price = 10 }), Throws.ArgumentException);
            Assert.That(() => sandbox.Data.AddOffer(new NewOffer { Title = "X", Price = 10, ProductIds = [9999] }), Throws.ArgumentException);
            Assert.That(() => sandbox.Data.AddCoupon(new NewCoupon { Code = "sandbox10", Reward = 5 }), Throws.ArgumentException, "codes are unique ignoring case");
            Assert.That(() => sandbox.Data.AddCoupon(new NewCoupon { Code = "MORE", Reward = 101 }), Throws.ArgumentException);
            Assert.That(() => sandbox.Data.AddCoupon(new NewCoupon { Code = "MANY", Reward = 5, TotalUses = 2, Used = 3 }), Throws.ArgumentException);
            Assert.That(() => sandbox.Data.AddCoupon(new NewCoupon { Code = "A B", Reward = 5 }), Throws.ArgumentException);
        });

        Assert.That(sandbox.Data.ToString(), Is.EqualTo(before), "nothing was added");
    }
}
