using Kwiga.Sandbox.Auth;
using Kwiga.Sandbox.Binding;
using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Controllers;
using Kwiga.Sandbox.Data;
using Kwiga.Sandbox.Data.Seed;
using Kwiga.Sandbox.Errors;
using Kwiga.Sandbox.Http;
using Kwiga.Sandbox.Json;
using Kwiga.Sandbox.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kwiga.Sandbox.Hosting;

/// <summary>Builds the sandbox's web application: services, the generated controllers and the pipeline.</summary>
internal static class SandboxApplication
{
    /// <summary>
    /// Creates the application. <paramref name="args"/> are command-line arguments (configuration
    /// overrides such as <c>--urls</c> and <c>--Sandbox:Token</c>); <paramref name="configure"/> edits the
    /// options after binding (tests use it).
    /// </summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="configure">Edits the options after binding.</param>
    /// <param name="hooks">Kwiga.Sdk.Testing's middleware and services.</param>
    /// <param name="isolated">
    /// Read no configuration at all: in-process in a user's test project, whose appsettings.json (a
    /// <c>Kestrel:Endpoints</c> section would bind the sandbox elsewhere) and environment variables
    /// (<c>Logging__…</c>, <c>Sandbox__…</c>) are the test's, not the sandbox's.
    /// </param>
    public static WebApplication Create(string[] args, Action<SandboxOptions>? configure = null, SandboxHooks? hooks = null, bool isolated = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(SandboxApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (isolated)
        {
            // An empty source of its own: the settings below (the URL) still need somewhere to go.
            builder.Configuration.Sources.Clear();
            builder.Configuration.AddInMemoryCollection();
        }

        var options = new SandboxOptions();
        builder.Configuration.GetSection(SandboxOptions.SectionName).Bind(options);
        options.Urls = builder.Configuration["urls"] ?? options.Urls;
        configure?.Invoke(options);
        options.Validate();
        builder.WebHost.UseUrls(LoopbackUrls.Require(options.Urls));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(options.TimeProvider);
        services.AddSingleton(_ => SandboxSeeder.Create(options));
        services.AddSingleton(_ => new FixedWindowLimiter(options.RateLimit, options.TimeProvider));
        services.AddHttpContextAccessor();
        AddContractImplementations(services);
        hooks?.Services?.Invoke(services);

        services.AddControllers(mvc =>
            {
                mvc.ModelBinderProviders.Insert(0, new LaravelQueryBinderProvider());
                mvc.Filters.Add<ModelStateValidationFilter>();
                // An empty body is `{}` to Laravel: the implementations then report the missing fields.
                mvc.AllowEmptyInputInBodyModelBinding = true;
                mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddApplicationPart(typeof(SandboxApplication).Assembly)
            .ConfigureApplicationPartManager(parts => parts.FeatureProviders.Add(new InternalControllerFeatureProvider()))
            .AddNewtonsoftJson(json => LaravelJson.Configure(json.SerializerSettings));

        var app = builder.Build();
        hooks?.First?.Invoke(app);
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseMiddleware<CabinetAuthenticationMiddleware>();
        app.UseMiddleware<MethodOverrideMiddleware>();
        hooks?.AfterAuthentication?.Invoke(app);
        app.UseRouting();
        app.MapControllers();
        return app;
    }

    private static void AddContractImplementations(IServiceCollection services)
    {
        // One implementation per contract tag; the generated controllers route and bind, these answer.
        services.AddScoped<IContactsController, ContactsApi>();
        services.AddScoped<IProductsController, ProductsApi>();
        services.AddScoped<ICoursesController, CoursesApi>();
        services.AddScoped<IOffersController, OffersApi>();
        services.AddScoped<IMailingController, MailingApi>();
        services.AddScoped<ICouponsController, CouponsApi>();
        services.AddScoped<ICertificatesController, CertificatesApi>();
        services.AddScoped<ITimezonesController, TimezonesApi>();
    }
}
