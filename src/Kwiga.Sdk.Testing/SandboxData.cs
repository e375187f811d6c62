using Kwiga.Sandbox.Data;
using Kwiga.Sandbox.Data.Records;
using Kwiga.Sandbox.Data.Seed;

namespace Kwiga.Sdk.Testing;

/// <summary>
/// Adds records to the sandbox's cabinet, on top of the default data or an empty cabinet
/// (<see cref="KwigaSandboxOptions.DefaultData"/>). Each method returns the new record's id. Anything a real
/// cabinet cannot hold (a second contact with the same email, a participant who is not a contact, progress
/// past the program, a discount above the price, a second coupon with the same code, …) throws
/// <see cref="ArgumentException"/> and adds nothing.
/// </summary>
public sealed class SandboxData
{
    private readonly SandboxStore _store;

    internal SandboxData(SandboxStore store) => _store = store;

    /// <summary>Adds a CRM contact and returns its id.</summary>
    public int AddContact(NewContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var email = contact.Email?.Trim() ?? string.Empty;
        if (!IsEmail(email))
        {
            throw new ArgumentException($"'{contact.Email}' is not an email address.", nameof(contact));
        }

        if (contact.Tags.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A tag name must not be blank.", nameof(contact));
        }

        lock (_store.Sync)
        {
            var now = _store.Clock.GetUtcNow();
            if (contact.CreatedAt > now)
            {
                throw new ArgumentException($"A contact cannot be created in the future ({contact.CreatedAt:O}; now {now:O}).", nameof(contact));
            }

            if (_store.FindContact(email) is { } existing)
            {
                throw new ArgumentException($"The cabinet already has a contact with the email {email} (id {existing.Id}).", nameof(contact));
            }

            var created = contact.CreatedAt ?? now;
            var record = new ContactRecord
            {
                Id = _store.NextId(),
                Email = email,
                FirstName = contact.FirstName,
                LastName = contact.LastName,
                IsActive = contact.IsActive,
                CreatedAt = created,
                UpdatedAt = created,
            };
            record.TagIds.AddRange(contact.Tags.Select(_store.TagId).Distinct());
            _store.Contacts.Add(record);
            return record.Id;
        }
    }

    /// <summary>Adds a course (with its product, its program and its participants) and returns the course's id.</summary>
    public int AddCourse(NewCourse course)
    {
        ArgumentNullException.ThrowIfNull(course);
        if (string.IsNullOrWhiteSpace(course.Title))
        {
            throw new ArgumentException("A course needs a title.", nameof(course));
        }

        if (course.LessonCount is < 1 or > 99)
        {
            throw new ArgumentException($"A course has 1 to 99 lessons here, not {course.LessonCount}.", nameof(course));
        }

        lock (_store.Sync)
        {
            var contacts = new List<ContactRecord>();
            foreach (var participant in course.Participants)
            {
                var contact = _store.FindContact(participant.ContactId)
                    ?? throw new ArgumentException($"Participant {participant.ContactId} is not a contact of the cabinet.", nameof(course));
                if (contacts.Contains(contact))
                {
                    throw new ArgumentException($"Contact {participant.ContactId} is a participant twice.", nameof(course));
                }

                var viewed = participant.LessonsViewed ?? participant.LessonsCompleted;
                if (participant.LessonsCompleted < 0 || viewed < participant.LessonsCompleted || viewed > course.LessonCount)
                {
                    throw new ArgumentException(
                        $"Contact {participant.ContactId}: {participant.LessonsCompleted} lessons completed and {viewed} viewed do not fit a program of {course.LessonCount} (0 ≤ completed ≤ viewed ≤ lessons).",
                        nameof(course));
                }

                contacts.Add(contact);
            }

            var now = _store.Clock.GetUtcNow();
            var courseId = _store.NextId();
            var productId = _store.NextId();
            var record = new CourseRecord(courseId, productId, course.Title, Slug(course.Title, courseId), IsMarathon: false, course.IsPublished, Program(courseId, course.LessonCount), now);
            _store.Courses.Add(record);
            _store.Products.Add(new ProductRecord(productId, "course", courseId, course.Title, record.Slug, now));
            var lessons = record.Lessons.ToList();
            for (var i = 0; i < contacts.Count; i++)
            {
                var contact = contacts[i];
                var participant = course.Participants[i];
                var viewed = participant.LessonsViewed ?? participant.LessonsCompleted;
                contact.UserId ??= _store.NextId();
                _store.CourseUsers.Add(new CourseUserRecord
                {
                    CourseId = courseId,
                    ContactId = contact.Id,
                    UserId = contact.UserId.Value,
                    LessonsViewed = viewed,
                    LessonsCompleted = participant.LessonsCompleted,
                    QuizzesCompleted = lessons.Take(participant.LessonsCompleted).Count(l => l.QuizId is not null),
                    QuizScores = 0,
                    StartedAt = now,
                    LastActivityAt = viewed == 0 ? null : now,
                });
            }

            return courseId;
        }
    }

    /// <summary>Adds an offer and returns its id.</summary>
    public int AddOffer(NewOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (string.IsNullOrWhiteSpace(offer.Title))
        {
            throw new ArgumentException("An offer needs a title.", nameof(offer));
        }

        if (offer.Price < 0 || offer.DiscountedPrice < 0 || offer.DiscountedPrice >= offer.Price)
        {
            throw new ArgumentException($"An offer's price must not be negative and its discounted price must be below it (price {offer.Price}, discounted {offer.DiscountedPrice}).", nameof(offer));
        }

        if (offer.LimitOfSales < 1)
        {
            throw new ArgumentException("An offer's limit of sales must be at least 1 (or null for none).", nameof(offer));
        }

        lock (_store.Sync)
        {
            var productIds = new List<int>();
            foreach (var courseId in offer.CourseIds)
            {
                productIds.Add(_store.Courses.Find(c => c.Id == courseId)?.ProductId
                    ?? throw new ArgumentException($"Course {courseId} is not in the cabinet.", nameof(offer)));
            }

            foreach (var productId in offer.ProductIds)
            {
                productIds.Add(_store.Products.Exists(p => p.Id == productId) ? productId : throw new ArgumentException($"Product {productId} is not in the cabinet.", nameof(offer)));
            }

            if (productIds.Count == 0)
            {
                throw new ArgumentException("An offer grants at least one course or product.", nameof(offer));
            }

            var id = _store.NextId();
            _store.Offers.Add(new OfferRecord(id, CatalogSeed.OfferCode(id), offer.Title, offer.Price, offer.DiscountedPrice, offer.LimitOfSales, productIds.Distinct().ToList(), _store.Clock.GetUtcNow()));
            return id;
        }
    }

    /// <summary>Adds a coupon and returns its id.</summary>
    public int AddCoupon(NewCoupon coupon)
    {
        ArgumentNullException.ThrowIfNull(coupon);
        if (string.IsNullOrWhiteSpace(coupon.Code) || coupon.Code.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"'{coupon.Code}' is not a coupon code (required, no spaces).", nameof(coupon));
        }

        if (coupon.Reward <= 0 || (!coupon.IsFixed && coupon.Reward > 100))
        {
            throw new ArgumentException($"A coupon's reward is above 0 and, as a percentage, at most 100 (got {coupon.Reward}{(coupon.IsFixed ? string.Empty : " %")}).", nameof(coupon));
        }

        if (coupon.TotalUses < 0 || coupon.Used < 0 || (coupon.TotalUses > 0 && coupon.Used > coupon.TotalUses))
        {
            throw new ArgumentException($"A coupon cannot be used {coupon.Used} times out of {coupon.TotalUses}.", nameof(coupon));
        }

        lock (_store.Sync)
        {
            if (_store.Coupons.Exists(c => string.Equals(c.Code, coupon.Code, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"The cabinet already has a coupon {coupon.Code}.", nameof(coupon));
            }

            var id = _store.NextId();
            _store.Coupons.Add(new CouponRecord
            {
                Id = id,
                Code = coupon.Code,
                Reward = coupon.Reward,
                IsFixed = coupon.IsFixed,
                TotalUses = coupon.TotalUses,
                UsedAmount = coupon.Used,
                TotalUsesPerUser = 1,
                ExpiresAt = coupon.ExpiresAt,
                CreatedAt = _store.Clock.GetUtcNow(),
            });
            return id;
        }
    }

    /// <summary>Counts of what the cabinet holds, never its data.</summary>
    public override string ToString()
    {
        lock (_store.Sync)
        {
            return $"{_store.Contacts.Count} contacts, {_store.Courses.Count} courses, {_store.Offers.Count} offers, {_store.Coupons.Count} coupons";
        }
    }

    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);
    }

    private static string Slug(string title, int id)
        => new string(title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-') + "-" + id;

    private static List<ModuleRecord> Program(int courseId, int lessonCount)
    {
        var modules = new List<ModuleRecord>();
        for (int number = 1, module = 1; number <= lessonCount; module++)
        {
            var moduleId = courseId * 10 + module;
            var lessons = new List<LessonRecord>();
            for (var inModule = 1; inModule <= 3 && number <= lessonCount; inModule++, number++)
            {
                int? quizId = inModule == 3 ? moduleId * 10 : null;
                lessons.Add(new LessonRecord(courseId * 100 + number, moduleId, number, $"Lesson {number}", $"lesson-{number}", quizId));
            }

            modules.Add(new ModuleRecord(moduleId, module, $"Module {module}", lessons));
        }

        return modules;
    }
}
