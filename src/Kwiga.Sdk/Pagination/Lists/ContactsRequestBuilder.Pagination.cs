using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Contacts;

/// <summary>Auto-pagination of the cabinet's contacts (<c>GET /contacts</c>).</summary>
public partial class ContactsRequestBuilder
{
    /// <summary>Every item, page after page, as one <c>await foreach</c>; filters go in <paramref name="query"/>.</summary>
    public IAsyncEnumerable<Contact> GetAllAsync(Action<ContactsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(GetPagesAsync(query, options, cancellationToken), cancellationToken);

    /// <summary>The pages, with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<Contact>> GetPagesAsync(Action<ContactsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.GetPages<ContactsRequestBuilderGetQueryParameters, ContactPage, Contact>(GetAsync, query, options, UrlTemplate, cancellationToken);

    /// <summary>Lets the pager set the page number and size.</summary>
    public partial class ContactsRequestBuilderGetQueryParameters : IPagedQuery;
}
