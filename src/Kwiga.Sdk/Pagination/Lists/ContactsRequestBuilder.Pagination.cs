using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Contacts;

/// <summary>Auto-pagination of the cabinet's contacts (<c>GET /contacts</c>).</summary>
public partial class ContactsRequestBuilder
{
    /// <summary>
    /// Every item of the cabinet's contacts (<c>GET /contacts</c>), page after page, as one <c>await foreach</c>. Set filters in
    /// <paramref name="query"/>; the page number and size are the pager's.
    /// </summary>
    public IAsyncEnumerable<Contact> GetAllAsync(Action<ContactsRequestBuilder.ContactsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(GetPagesAsync(query, options, cancellationToken), cancellationToken);

    /// <summary>The pages of the cabinet's contacts (<c>GET /contacts</c>) with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<Contact>> GetPagesAsync(Action<ContactsRequestBuilder.ContactsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.PagesAsync(
            async (page, size, token) =>
            {
                var response = await GetAsync(
                    r =>
                    {
                        query?.Invoke(r.QueryParameters);
                        r.QueryParameters.Page = page;
                        r.QueryParameters.PerPage = size;
                    },
                    token).ConfigureAwait(false);
                return new Pager.PageContent<Contact>(response?.Data, response?.Meta, response?.Links);
            },
            PageSizes.Choose(options, PageSizes.Undocumented),
            options,
            cancellationToken);
}
