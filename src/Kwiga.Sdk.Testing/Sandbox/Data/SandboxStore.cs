using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data;

/// <summary>
/// The sandbox's in-memory cabinet: the seeded data set plus whatever requests create or change.
/// Every read and write holds <see cref="Sync"/>; readers copy what they return.
/// </summary>
internal sealed class SandboxStore(TimeProvider clock)
{
    private int _lastId = 100_000;

    /// <summary>Guards every collection below.</summary>
    public object Sync { get; } = new();

    /// <summary>The clock of records created at run time.</summary>
    public TimeProvider Clock { get; } = clock;

    public List<TimezoneRecord> Timezones { get; } = [];

    public List<ProductRecord> Products { get; } = [];

    public List<OfferRecord> Offers { get; } = [];

    public List<CourseRecord> Courses { get; } = [];

    public List<ContactRecord> Contacts { get; } = [];

    public List<CourseUserRecord> CourseUsers { get; } = [];

    public List<CouponRecord> Coupons { get; } = [];

    public List<ContactListRecord> ContactLists { get; } = [];

    public List<CertificateRecord> Certificates { get; } = [];

    /// <summary>Tag id → name.</summary>
    public Dictionary<int, string> Tags { get; } = [];

    /// <summary>Custom contact field id → title.</summary>
    public Dictionary<int, string> ContactFields { get; } = [];

    /// <summary>Manager (cabinet user) id → (name, email).</summary>
    public Dictionary<int, (string Name, string Email)> Managers { get; } = [];

    /// <summary>An id for a record created at run time (above every seeded id). Call under <see cref="Sync"/>.</summary>
    public int NextId() => ++_lastId;

    /// <summary>The id of the tag named <paramref name="name"/>, created when missing. Call under <see cref="Sync"/>.</summary>
    public int TagId(string name)
    {
        foreach (var (id, existing) in Tags)
        {
            if (string.Equals(existing, name, StringComparison.Ordinal))
            {
                return id;
            }
        }

        var created = NextId();
        Tags[created] = name;
        return created;
    }

    public ContactRecord? FindContact(int id) => Contacts.Find(c => c.Id == id);

    public ContactRecord? FindContact(string email) => Contacts.Find(c => string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase));
}
