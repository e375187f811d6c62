using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Contacts.Query;

/// <summary>Auto-pagination of <c>POST /contacts/query</c>, the JSON-body alias of <c>GET /contacts</c>.</summary>
public partial class QueryRequestBuilder
{
    /// <summary>
    /// Every contact matching <paramref name="body"/>, page after page. The pager writes the page
    /// number and size into the body of each request (and restores them afterwards).
    /// </summary>
    public IAsyncEnumerable<Contact> PostAllAsync(ContactsQuery body, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(PostPagesAsync(body, options, cancellationToken), cancellationToken);

    /// <summary>The pages of <see cref="PostAllAsync"/> with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<Contact>> PostPagesAsync(ContactsQuery body, PageOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        return Pager.PagesAsync(
            async (page, size, token) =>
            {
                var (callerPage, callerSize) = (body.Page, body.PerPage);
                body.Page = page;
                body.PerPage = size;
                try
                {
                    var response = await PostAsync(body, cancellationToken: token).ConfigureAwait(false);
                    return new Pager.PageContent<Contact>(response?.Data, response?.Meta, response?.Links);
                }
                finally
                {
                    (body.Page, body.PerPage) = (callerPage, callerSize);
                }
            },
            PageSizes.Choose(options, PageSizes.Undocumented),
            options,
            cancellationToken);
    }
}
