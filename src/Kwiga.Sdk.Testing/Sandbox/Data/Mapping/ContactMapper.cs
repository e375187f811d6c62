using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Mapping;

/// <summary>
/// Contacts in the shapes the server sends: the list item (international <c>phone</c>, conditional
/// <c>offers</c>/<c>orders</c>), the single contact (<c>phone_number</c>, <c>additional_fields</c>) and the
/// mailing-list member.
/// </summary>
internal static class ContactMapper
{
    public static Contact ListItem(ContactRecord contact, SandboxStore store, bool withOrders, bool withOffers, bool withCertificates)
    {
        var item = new Contact
        {
            Id = contact.Id,
            User_id = contact.UserId,
            Created_at = contact.CreatedAt,
            Email = contact.Email,
            First_name = contact.FirstName,
            Last_name = contact.LastName,
            Phone = contact.Phone,
            Tags = Tags(contact, store),
            Last_activity_at = contact.LastActivityAt,
        };
        if (withOrders || withOffers)
        {
            item.Offers = contact.OfferIds.Select(id => OfferMapper.Short(store.Offers.First(o => o.Id == id))).ToList();
        }

        if (withOrders)
        {
            item.Orders = contact.Orders.Select(o => OrderMapper.ToOrder(o, store)).ToList();
        }

        if (withCertificates)
        {
            item.Certificates = Certificates(contact, store);
        }

        if (contact.Utm.Count > 0)
        {
            item.Utm = Utm(contact);
        }

        return item;
    }

    public static Contact Detail(ContactRecord contact, SandboxStore store, bool withOrders = false, bool withUtmVisits = false, bool withCertificates = false)
    {
        var item = new Contact
        {
            Id = contact.Id,
            Email = contact.Email,
            First_name = contact.FirstName,
            Last_name = contact.LastName,
            Phone_number = contact.PhoneNumber,
            Tags = Tags(contact, store),
            Created_at = contact.CreatedAt,
            Additional_fields = contact.AdditionalFields.Select(f => new ContactAdditionalField
            {
                Id = contact.Id * 100 + f.Key,
                Field = new ContactField { Id = f.Key, Title = store.ContactFields.GetValueOrDefault(f.Key, "Field"), Is_local = false },
                Value = f.Value,
            }).ToList(),
        };
        if (withOrders)
        {
            item.Orders = contact.Orders.Select(o => OrderMapper.ToOrder(o, store)).ToList();
        }

        if (withUtmVisits)
        {
            item.Utm_visits = [];
        }

        if (withCertificates)
        {
            item.Certificates = Certificates(contact, store);
        }

        return item;
    }

    public static Contact ListMember(ContactRecord contact) => new()
    {
        Id = contact.Id,
        First_name = contact.FirstName,
        Last_name = contact.LastName,
        Name = contact.Name,
        Email = contact.Email,
        Phone_country = contact.PhoneNumber is null ? null : contact.PhoneCountry,
        Phone_number = contact.PhoneNumber,
        Phone = contact.Phone,
        Created_at = contact.CreatedAt,
        Updated_at = contact.UpdatedAt,
    };

    private static List<FlowTag> Tags(ContactRecord contact, SandboxStore store)
        => contact.TagIds.Select(id => new FlowTag { Id = id, Name = store.Tags[id] }).ToList();

    private static UtmList Utm(ContactRecord contact) => new()
    {
        Utm_source = contact.Utm.GetValueOrDefault("utm_source", []),
        Utm_campaign = contact.Utm.GetValueOrDefault("utm_campaign", []),
        Utm_medium = contact.Utm.GetValueOrDefault("utm_medium", []),
        Utm_term = contact.Utm.GetValueOrDefault("utm_term", []),
        Utm_content = contact.Utm.GetValueOrDefault("utm_content", []),
    };

    private static List<StudentProductCertificateInfo> Certificates(ContactRecord contact, SandboxStore store)
        => store.Certificates.Where(c => c.UserId == contact.UserId).Select(c => new StudentProductCertificateInfo
        {
            Type = new Kwiga.Sandbox.Contract.Enum { Id = 1, Slug = "Course", Title = "Course" },
            Certificateble_type = "course",
            Certificateble_title = c.CourseTitle,
            Certificate = CertificateMapper.ToCertificate(c),
        }).ToList();
}
