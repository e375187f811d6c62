using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data;
using Kwiga.Sandbox.Data.Mapping;
using Microsoft.AspNetCore.Mvc;

namespace Kwiga.Sandbox.Controllers;

/// <summary>The Timezones tag: the dictionary, <c>data</c> only (no envelope), as the docs' example shows.</summary>
internal sealed class TimezonesApi(SandboxStore store, IHttpContextAccessor http) : SandboxApi(store, http), ITimezonesController
{
    public Task<ActionResult<TimezoneList>> ListTimezonesAsync(Locale? x_Language, CancellationToken cancellationToken = default)
    {
        lock (Store.Sync)
        {
            return Ok(new TimezoneList { Data = Store.Timezones.Select(Wire.Timezone).ToList() });
        }
    }
}
