using System.Reflection;
using Kwiga.Sandbox.Contract;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Kwiga.Sandbox.Json;

/// <summary>
/// The generated models omit null members (NSwag writes <c>NullValueHandling.Ignore</c> on every optional
/// property). Laravel's paginator always sends its links and counters, <c>null</c> included
/// (<c>"prev": null</c>, <c>"next": null</c>, <c>"from": null</c> on an empty page), and a coupon check
/// without a price sends <c>"discount": null</c>; those members keep their nulls here.
/// </summary>
internal sealed class WireContractResolver : DefaultContractResolver
{
    private static readonly HashSet<Type> AlwaysWritten = [typeof(PaginationLinks), typeof(PaginationMeta), typeof(PaginationMetaLink), typeof(CouponCheck)];

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (property.DeclaringType is not null && AlwaysWritten.Contains(property.DeclaringType))
        {
            property.NullValueHandling = NullValueHandling.Include;
        }

        return property;
    }
}
