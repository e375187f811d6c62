using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;
using static Kwiga.Sdk.Contacts.ContactsRequestBuilder;

namespace Kwiga.Sdk.Contacts.Query;

/// <summary>Auto-pagination of <c>POST /contacts/query</c>, the JSON-body alias of <c>GET /contacts</c>.</summary>
public partial class QueryRequestBuilder
{
    /// <summary>
    /// Every contact matching <paramref name="query"/>, the same filters as
    /// <see cref="ContactsRequestBuilder.GetAllAsync"/>, sent as a JSON body: for lists of emails or ids
    /// too long for a URL. Each request carries its page in the body.
    /// </summary>
    public IAsyncEnumerable<Contact> PostAllAsync(Action<ContactsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(PostPagesAsync(query, options, cancellationToken), cancellationToken);

    /// <summary>The pages of <see cref="PostAllAsync"/>, with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<Contact>> PostPagesAsync(Action<ContactsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.AliasPages<ContactsRequestBuilderGetQueryParameters, ContactPage, Contact>(
            (json, token) => Pager.PostJsonAsync(RequestAdapter, UrlTemplate, PathParameters, json, ContactPage.CreateFromDiscriminatorValue, token),
            query, options, UrlTemplate, cancellationToken);
}
