using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Mailing.ContactLists;

/// <summary>Auto-pagination of the mailing contact lists (<c>GET /mailing/contact-lists</c>; its page size is <c>limit</c>).</summary>
public partial class ContactListsRequestBuilder
{
    /// <summary>
    /// Every item of the mailing contact lists (<c>GET /mailing/contact-lists</c>; its page size is <c>limit</c>), page after page, as one <c>await foreach</c>. Set filters in
    /// <paramref name="query"/>; the page number and size are the pager's.
    /// </summary>
    public IAsyncEnumerable<ContactList> GetAllAsync(Action<ContactListsRequestBuilder.ContactListsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(GetPagesAsync(query, options, cancellationToken), cancellationToken);

    /// <summary>The pages of the mailing contact lists (<c>GET /mailing/contact-lists</c>; its page size is <c>limit</c>) with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<ContactList>> GetPagesAsync(Action<ContactListsRequestBuilder.ContactListsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.PagesAsync(
            async (page, size, token) =>
            {
                var response = await GetAsync(
                    r =>
                    {
                        query?.Invoke(r.QueryParameters);
                        r.QueryParameters.Page = page;
                        r.QueryParameters.Limit = size;
                    },
                    token).ConfigureAwait(false);
                return new Pager.PageContent<ContactList>(response?.Data, response?.Meta, response?.Links);
            },
            PageSizes.Choose(options, PageSizes.Undocumented),
            options,
            cancellationToken);
}
