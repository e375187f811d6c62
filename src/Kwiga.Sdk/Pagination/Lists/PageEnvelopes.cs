using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Models;

// The generated list responses already have Data/Links/Meta: these declarations let one pager read them all.

/// <summary>A page of contacts.</summary>
public partial class ContactPage : IPageEnvelope<Contact>;

/// <summary>A page of products.</summary>
public partial class ProductPage : IPageEnvelope<Product>;

/// <summary>A page of courses.</summary>
public partial class CoursePage : IPageEnvelope<Course>;

/// <summary>A page of course participants.</summary>
public partial class CourseUserPage : IPageEnvelope<CourseUser>;

/// <summary>A page of offers.</summary>
public partial class OfferPage : IPageEnvelope<Offer>;

/// <summary>A page of mailing contact lists.</summary>
public partial class ContactListPage : IPageEnvelope<ContactList>;

/// <summary>A page of coupons (sometimes sent without links/meta).</summary>
public partial class ExpertCouponPage : IPageEnvelope<ExpertCoupon>;
