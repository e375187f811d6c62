using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Mailing.ContactLists;

/// <summary>Auto-pagination of the mailing contact lists (<c>GET /mailing/contact-lists</c>).</summary>
public partial class ContactListsRequestBuilder
{
    /// <summary>Every item, page after page, as one <c>await foreach</c>; filters go in <paramref name="query"/>.</summary>
    public IAsyncEnumerable<ContactList> GetAllAsync(Action<ContactListsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(GetPagesAsync(query, options, cancellationToken), cancellationToken);

    /// <summary>The pages, with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<ContactList>> GetPagesAsync(Action<ContactListsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.GetPages<ContactListsRequestBuilderGetQueryParameters, ContactListPage, ContactList>(GetAsync, query, options, UrlTemplate, cancellationToken, sizeParameter: "limit");

    /// <summary>Lets the pager set the page number and size.</summary>
    public partial class ContactListsRequestBuilderGetQueryParameters : IPagedQuery
    {
        // This list's page size is `limit` (the docs' table); the pager's size goes there.
        int? IPagedQuery.PerPage
        {
            get => Limit;
            set => Limit = value;
        }
    }
}
