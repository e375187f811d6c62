namespace Kwiga.Sdk.Pagination;

/// <summary>Page sizes of the KWIGA lists.</summary>
internal static class PageSizes
{
    /// <summary><c>GET /courses</c>: documented maximum.</summary>
    public const int Courses = 15;

    /// <summary><c>GET /courses/{course}/users</c>: documented maximum.</summary>
    public const int CourseUsers = 250;

    /// <summary>Lists with no documented maximum: large enough to save requests, small enough for any Laravel default cap.</summary>
    public const int Undocumented = 100;

    internal static int Choose(PageOptions? options, int maximum)
    {
        var size = options?.PageSize ?? maximum;
        if (size <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "PageSize must be positive.");
        }

        return Math.Min(size, maximum);
    }
}
