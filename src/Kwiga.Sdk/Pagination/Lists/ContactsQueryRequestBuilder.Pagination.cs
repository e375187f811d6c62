using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Contacts.Query;

/// <summary>Auto-pagination of <c>POST /contacts/query</c>, the JSON-body alias of <c>GET /contacts</c>.</summary>
public partial class QueryRequestBuilder
{
    /// <summary>Every contact matching <paramref name="body"/>; each request carries its page in the body.</summary>
    public IAsyncEnumerable<Contact> PostAllAsync(ContactsQuery body, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(PostPagesAsync(body, options, cancellationToken), cancellationToken);

    /// <summary>The pages of <see cref="PostAllAsync"/>, with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<Contact>> PostPagesAsync(ContactsQuery body, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.PostPages<ContactsQuery, ContactPage, Contact>((b, token) => PostAsync(b, cancellationToken: token), body, options, PageSizes.Undocumented, cancellationToken);
}
