using System.Text.RegularExpressions;
using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data.Mapping;
using Kwiga.Sandbox.Data.Records;
using Kwiga.Sandbox.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Kwiga.Sandbox.Controllers;

/// <summary>The Contacts tag: creating and updating contacts, purchases.</summary>
internal sealed partial class ContactsApi
{
    public Task<ActionResult<ContactResponse>> CreateContactAsync(ContactCreateRequest body, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        body ??= new ContactCreateRequest();
        var validator = new LaravelValidator();
        lock (Store.Sync)
        {
            ValidateContactFields(validator, body.Email, body.Phone, body.Additional_fields, required: true, self: null);
            validator.ThrowIfInvalid();
            var contact = NewContact(body.Email, body.First_name, body.Last_name, body.Name, body.Phone);
            ApplyAdditionalFields(contact, body.Additional_fields);
            foreach (var tag in body.Tags ?? [])
            {
                contact.TagIds.Add(Store.TagId(tag));
            }

            if (body.Create_order == true)
            {
                AddOrder(contact, offer: null, productIds: [], isPaid: false, body.Manager_ids);
            }

            return Ok(new ContactResponse { Data = ContactMapper.Detail(contact, Store) });
        }
    }

    public Task<ActionResult<ContactResponse>> UpdateContactAsync(ContactUpdateRequest body, Locale? x_Language, int contact, CancellationToken cancellationToken = default)
    {
        body ??= new ContactUpdateRequest();
        var validator = new LaravelValidator();
        lock (Store.Sync)
        {
            var record = Found(Store.FindContact(contact));
            ValidateContactFields(validator, body.Email, body.Phone, body.Additional_fields, required: false, self: record);
            validator.ThrowIfInvalid();

            // Fields left out are not changed; tags work in sync mode.
            record.Email = body.Email ?? record.Email;
            record.FirstName = body.First_name ?? record.FirstName;
            record.LastName = body.Last_name ?? record.LastName;
            if (body.Phone is not null)
            {
                (record.PhoneCode, record.PhoneNumber) = SplitPhone(body.Phone);
            }

            if (body.Tags is not null)
            {
                record.TagIds.Clear();
                record.TagIds.AddRange(body.Tags.Select(Store.TagId).Distinct());
            }

            ApplyAdditionalFields(record, body.Additional_fields);
            record.UpdatedAt = Now;
            return Ok(new ContactResponse { Data = ContactMapper.Detail(record, Store) });
        }
    }

    public Task<ActionResult<ContactResponse>> AddContactPurchaseAsync(PurchaseCreateRequest body, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        body ??= new PurchaseCreateRequest();
        var validator = new LaravelValidator();
        lock (Store.Sync)
        {
            var existing = body.Email is null ? null : Store.FindContact(body.Email);
            ValidateContactFields(validator, body.Email, body.Phone, body.Additional_fields, required: true, self: existing);
            var offer = body.Offer_id is { } offerId ? Store.Offers.Find(o => o.Id == offerId) : null;
            if (body.Offer_id is not null && offer is null)
            {
                validator.Fail("offer_id", "The selected offer id is invalid.");
            }

            var productIds = body.Product_ids ?? [];
            for (var i = 0; i < productIds.Count; i++)
            {
                if (Store.Products.TrueForAll(p => p.Id != productIds[i]))
                {
                    validator.Fail($"product_ids.{i}", $"The selected product_ids.{i} is invalid.");
                }
            }

            validator.ThrowIfInvalid();
            var contact = existing ?? NewContact(body.Email, body.First_name, body.Last_name, body.Name, body.Phone);
            foreach (var tag in body.Tags ?? [])
            {
                contact.TagIds.Add(Store.TagId(tag));
            }

            ApplyAdditionalFields(contact, body.Additional_fields);
            AddOrder(contact, offer, offer?.ProductIds ?? productIds, body.Is_paid ?? true, body.Manager_ids);
            return Ok(new ContactResponse { Data = ContactMapper.Detail(contact, Store, withOrders: true) });
        }
    }

    private void ValidateContactFields(LaravelValidator validator, string? email, string? phone, List<ContactAdditionalFieldInput>? fields, bool required, ContactRecord? self)
    {
        if (!required || validator.Required("email", email))
        {
            validator.Email("email", email);
            if (email is not null && Store.FindContact(email) is { } other && other != self)
            {
                validator.Fail("email", "The email has already been taken.");
            }
        }

        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            validator.Fail("phone", "The phone field format is invalid.");
        }

        for (var i = 0; i < (fields?.Count ?? 0); i++)
        {
            if (fields![i].Field_id is not { } id || !Store.ContactFields.ContainsKey(id))
            {
                validator.Fail($"additional_fields.{i}.field_id", $"The selected additional_fields.{i}.field_id is invalid.");
            }
        }
    }

    private ContactRecord NewContact(string? email, string? firstName, string? lastName, string? name, string? phone)
    {
        if (firstName is null && lastName is null && name is not null)
        {
            var parts = name.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            firstName = parts.ElementAtOrDefault(0);
            lastName = parts.ElementAtOrDefault(1);
        }

        var now = Now;
        var contact = new ContactRecord
        {
            Id = Store.NextId(),
            Email = email!,
            FirstName = firstName,
            LastName = lastName,
            CreatedAt = now,
            UpdatedAt = now,
        };
        (contact.PhoneCode, contact.PhoneNumber) = phone is null ? (null, null) : SplitPhone(phone);
        Store.Contacts.Add(contact);
        return contact;
    }

    private void ApplyAdditionalFields(ContactRecord contact, List<ContactAdditionalFieldInput>? fields)
    {
        foreach (var field in fields ?? [])
        {
            contact.AdditionalFields[field.Field_id!.Value] = field.Value ?? string.Empty;
        }
    }

    private void AddOrder(ContactRecord contact, OfferRecord? offer, IReadOnlyList<int> productIds, bool isPaid, List<int>? managerIds)
    {
        var orderId = Store.NextId();
        contact.Orders.Add(new OrderRecord
        {
            Id = orderId,
            OfferId = offer?.Id,
            ProductIds = [.. productIds],
            Amount = offer is null ? 0 : offer.DiscountedPrice ?? offer.Price,
            IsPaid = isPaid,
            CreatedAt = Now,
            ManagerIds = managerIds ?? [],
            PaymentId = Store.NextId(),
            SubscriptionIds = productIds.Distinct().ToDictionary(p => p, _ => Store.NextId()),
        });
        contact.UserId ??= 1000 + contact.Id;
        contact.RemovedProductIds.ExceptWith(productIds);
    }

    /// <summary><c>+380931234567</c> → (<c>380</c>, <c>931234567</c>); other country codes by their usual length.</summary>
    private static (string? Code, string? Number) SplitPhone(string phone)
    {
        var digits = phone.TrimStart('+');
        var codeLength = digits.StartsWith("380", StringComparison.Ordinal) ? 3 : digits.StartsWith('1') || digits.StartsWith('7') ? 1 : 2;
        return (digits[..codeLength], digits[codeLength..]);
    }

    [GeneratedRegex(@"^\+\d{8,15}$")]
    private static partial Regex PhonePattern();
}
