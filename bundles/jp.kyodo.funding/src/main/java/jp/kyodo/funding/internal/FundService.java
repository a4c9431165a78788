package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingBackend.MESSAGES;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.csv.CsvWriter;
import jp.kyodo.core.pdf.PdfDocuments;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.funding.Fund;
import jp.kyodo.funding.FundDraft;
import jp.kyodo.funding.FundYear;
import jp.kyodo.funding.FundingEvents;
import jp.kyodo.funding.Funds;
import jp.kyodo.funding.LedgerEntry;
import jp.kyodo.funding.LedgerEntryDraft;
import jp.kyodo.funding.LedgerImportReport;
import jp.kyodo.funding.LedgerKind;
import jp.kyodo.funding.LedgerQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Funds.class)
public final class FundService implements Funds {

    static final String RECORD_TYPE = "funding.fund";
    static final String ENTRY_RECORD_TYPE = "funding.ledgerEntry";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final FundingBackend b;
    private final LedgerStore ledger = new LedgerStore();
    private final ReceiptPdf receipts;

    @Activate
    public FundService(@Reference FundingBackend backend, @Reference PdfDocuments pdf) {
        this.b = backend;
        this.receipts = new ReceiptPdf(backend, pdf);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("fund.notFound", id));
    }

    private static FundEntity fund(EntityManager em, long id) {
        FundEntity f = em.find(FundEntity.class, id);
        if (f == null) {
            throw notFound(id);
        }
        return f;
    }

    // ---- funds ---------------------------------------------------------------------------------

    @Override
    public List<Fund> funds() {
        SecurityContext.require();
        return b.entities(em ->
                em.createQuery("select f from FundEntity f order by f.code", FundEntity.class).getResultList().stream()
                        .map(f -> b.read(c -> toFund(c, f)))
                        .toList());
    }

    @Override
    public Fund get(long id) {
        SecurityContext.require();
        return b.entities(em -> {
            FundEntity f = fund(em, id);
            return b.read(c -> toFund(c, f));
        });
    }

    private Fund toFund(Connection c, FundEntity f) throws SQLException {
        List<FundYear> years = years(c, f);
        Optional<FundYear> last = ledger.lastClosed(c, f.id);
        long balance = years.isEmpty()
                ? f.openingBalanceYen
                : years.get(years.size() - 1).closingYen();
        return new Fund(
                f.id,
                f.version,
                f.draft(),
                balance,
                last.map(FundYear::fiscalYear).orElse(null),
                f.createdAt,
                f.updatedAt);
    }

    @Override
    public Fund open(FundDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        check(draft);
        long id = b.both((em, c) -> {
            if (!em.createQuery("select f.id from FundEntity f where f.code = :c", Long.class)
                    .setParameter("c", draft.code())
                    .getResultList()
                    .isEmpty()) {
                throw ValidationException.of("code", MESSAGES.get("fund.codeTaken", draft.code()));
            }
            FundEntity f = new FundEntity(draft, b.now());
            em.persist(f);
            em.flush();
            b.audit(
                    AuditAction.CREATE,
                    RECORD_TYPE,
                    f.id,
                    "基金「" + draft.name() + "」を開設、" + new FiscalYear(draft.openedFiscalYear()).format() + "期首残高 "
                            + Money.yen(draft.openingBalanceYen()));
            b.post(FundingEvents.FUND_CREATED, f.id);
            return f.id;
        });
        return get(id);
    }

    @Override
    public Fund update(long id, int expectedVersion, FundDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        check(draft);
        b.both((em, c) -> {
            FundEntity f = fund(em, id);
            ProgrammeService.requireVersion(f.version, expectedVersion);
            boolean opening =
                    f.openedYear != draft.openedFiscalYear() || f.openingBalanceYen != draft.openingBalanceYen();
            if (opening && ledger.lastClosed(c, id).isPresent()) {
                throw new ConflictException(MESSAGES.get("fund.openingFixed"));
            }
            if (!f.code.equals(draft.code())) {
                throw ValidationException.of("code", MESSAGES.get("fund.codeFixed"));
            }
            String money = opening
                    ? "、期首 " + new FiscalYear(f.openedYear).format() + " " + Money.yen(f.openingBalanceYen) + " → "
                            + new FiscalYear(draft.openedFiscalYear()).format() + " "
                            + Money.yen(draft.openingBalanceYen())
                    : "";
            f.set(draft, b.now());
            em.flush();
            b.audit(AuditAction.UPDATE, RECORD_TYPE, id, "基金「" + draft.name() + "」を変更" + money);
            b.post(FundingEvents.FUND_UPDATED, id);
            return null;
        });
        return get(id);
    }

    private void check(FundDraft d) {
        Checks checks = new Checks(b);
        if (!CODE.matcher(d.code()).matches()) {
            checks.error("code", "fund.code");
        }
        checks.required("name", d.name(), 200)
                .max("purpose", d.purpose(), 2000)
                .yen("openingBalanceYen", d.openingBalanceYen());
        try {
            new FiscalYear(d.openedFiscalYear());
        } catch (ValidationException e) {
            checks.error("openedFiscalYear", "check.fiscalYear");
        }
        checks.throwIfAny();
    }

    // ---- ledger --------------------------------------------------------------------------------

    @Override
    public LedgerEntry record(LedgerEntryDraft draft) {
        Actor actor = Permissions.requireRole(Role.COORDINATOR);
        checkEntry(new Checks(b), "", draft).throwIfAny();
        int year = FiscalYear.of(draft.entryDate()).startYear();
        long id = b.both((em, c) -> {
            FundEntity f = fund(em, draft.fundId());
            ledger.lock(c, f.id, b.now());
            requireOpenYear(c, f, year);
            if (!draft.receiptNumber().isEmpty() && ledger.receiptTaken(c, f.id, draft.receiptNumber(), null)) {
                throw ValidationException.of(
                        "receiptNumber", MESSAGES.get("ledger.receiptTaken", draft.receiptNumber()));
            }
            if (!draft.kind().deposit()) {
                long balance = balance(c, f);
                if (balance < draft.amountYen()) {
                    throw new ConflictException(
                            MESSAGES.get("ledger.overdrawn", Money.yen(draft.amountYen()), Money.yen(balance)));
                }
            }
            LedgerEntryEntity e = new LedgerEntryEntity(draft, actor.userName(), b.now());
            em.persist(e);
            em.flush();
            b.audit(
                    AuditAction.CREATE,
                    ENTRY_RECORD_TYPE,
                    e.id,
                    "基金「" + f.name + "」 " + draft.entryDate() + " "
                            + draft.kind().labelJa() + " "
                            + Money.yen(draft.amountYen())
                            + (draft.receiptNumber().isEmpty() ? "" : "（受領証 " + draft.receiptNumber() + "）"));
            b.post(FundingEvents.LEDGER_ENTRY_CREATED, e.id, FundingEvents.FUND_ID, f.id);
            return e.id;
        });
        return entry(id);
    }

    /** Checks one line; {@code at} prefixes the field names (the import's row). */
    Checks checkEntry(Checks checks, String at, LedgerEntryDraft d) {
        checks.present(at + "kind", d.kind()).present(at + "entryDate", d.entryDate());
        checks.positiveYen(at + "amountYen", d.amountYen())
                .max(at + "description", d.description(), 500)
                .max(at + "donorAddress", d.donorAddress(), 300)
                .max(at + "receiptNumber", d.receiptNumber(), 50)
                .max(at + "financed", d.financed(), 500);
        if (d.kind() == LedgerKind.DONATION) {
            checks.required(at + "donorName", d.donorName(), 200);
        } else {
            checks.max(at + "donorName", d.donorName(), 200);
        }
        if (d.kind() == LedgerKind.WITHDRAWAL) {
            checks.required(at + "financed", d.financed(), 500);
        }
        if (d.entryDate() != null && d.entryDate().getYear() < FiscalYear.MIN_START_YEAR + 1) {
            checks.error(at + "entryDate", "check.fiscalYear");
        }
        return checks;
    }

    private void requireOpenYear(Connection c, FundEntity f, int year) throws SQLException {
        if (year < f.openedYear) {
            throw ValidationException.of(
                    "entryDate",
                    MESSAGES.get(
                            "ledger.beforeOpening",
                            new FiscalYear(year).format(),
                            new FiscalYear(f.openedYear).format()));
        }
        Optional<FundYear> last = ledger.lastClosed(c, f.id);
        if (last.isPresent() && year <= last.get().fiscalYear()) {
            throw new ConflictException(MESSAGES.get("ledger.yearClosed", new FiscalYear(year).format()));
        }
    }

    /** The balance now: the last year-end balance (or the opening) plus every later line. */
    long balance(Connection c, FundEntity f) throws SQLException {
        List<FundYear> years = years(c, f);
        return years.isEmpty()
                ? f.openingBalanceYen
                : years.get(years.size() - 1).closingYen();
    }

    @Override
    public void remove(long entryId, String reason) {
        Permissions.requireRole(Role.COORDINATOR);
        String why = reason == null ? "" : reason.strip();
        new Checks(b).required("reason", why, 1000).throwIfAny();
        b.both((em, c) -> {
            LedgerEntryEntity e = em.find(LedgerEntryEntity.class, entryId);
            if (e == null) {
                throw new NotFoundException(MESSAGES.get("ledger.notFound", entryId));
            }
            FundEntity f = fund(em, e.fundId);
            ledger.lock(c, f.id, b.now());
            requireOpenYear(c, f, e.fiscalYear);
            em.remove(e);
            em.flush();
            if (e.kind == LedgerKind.WITHDRAWAL || balance(c, f) >= 0) {
                b.audit(
                        AuditAction.DELETE,
                        ENTRY_RECORD_TYPE,
                        entryId,
                        "基金「" + f.name + "」 " + e.entryDate + " " + e.kind.labelJa() + " " + Money.yen(e.amountYen)
                                + " を削除: " + why);
            } else {
                throw new ConflictException(MESSAGES.get("ledger.removeOverdraws", Money.yen(e.amountYen)));
            }
            b.post(FundingEvents.LEDGER_ENTRY_DELETED, entryId, FundingEvents.FUND_ID, f.id);
            return null;
        });
    }

    @Override
    public LedgerEntry entry(long id) {
        Actor actor = Permissions.requireRole(Role.STAFF);
        return b.entities(em -> {
            LedgerEntryEntity e = em.find(LedgerEntryEntity.class, id);
            if (e == null) {
                throw new NotFoundException(MESSAGES.get("ledger.notFound", id));
            }
            return mask(e.toEntry(), actor);
        });
    }

    /** Donors are private persons: their names and addresses are for coordinators. */
    private static LedgerEntry mask(LedgerEntry e, Actor actor) {
        if (actor.has(Role.COORDINATOR) || e.details().donorName().isEmpty()) {
            return e;
        }
        LedgerEntryDraft d = e.details();
        return new LedgerEntry(
                e.id(),
                e.fiscalYear(),
                new LedgerEntryDraft(
                        d.fundId(),
                        d.kind(),
                        d.entryDate(),
                        d.amountYen(),
                        d.description(),
                        "",
                        "",
                        d.receiptNumber(),
                        d.financedApplicationId(),
                        d.financed()),
                e.imported(),
                e.recordedBy(),
                e.recordedAt());
    }

    @Override
    public Page<LedgerEntry> entries(LedgerQuery query, PageRequest page) {
        Actor actor = Permissions.requireRole(Role.STAFF);
        return b.entities(em -> {
            fund(em, query.fundId());
            Page<Long> ids = b.read(c -> ledger.search(c, query, actor.has(Role.COORDINATOR), page));
            List<LedgerEntry> items = new ArrayList<>();
            if (!ids.items().isEmpty()) {
                Map<Long, LedgerEntryEntity> byId = new HashMap<>();
                em.createQuery("select e from LedgerEntryEntity e where e.id in :ids", LedgerEntryEntity.class)
                        .setParameter("ids", ids.items())
                        .getResultList()
                        .forEach(e -> byId.put(e.id, e));
                ids.items().forEach(i -> items.add(mask(byId.get(i).toEntry(), actor)));
            }
            return new Page<>(items, ids.total(), page);
        });
    }

    // ---- years ---------------------------------------------------------------------------------

    @Override
    public List<FundYear> years(long fundId) {
        SecurityContext.require();
        return b.entities(em -> {
            FundEntity f = fund(em, fundId);
            return b.read(c -> years(c, f));
        });
    }

    /** The closed years as stored, then every open year up to the current one or the last entry's. */
    List<FundYear> years(Connection c, FundEntity f) throws SQLException {
        List<FundYear> result = new ArrayList<>(ledger.closedYears(c, f.id));
        int lastClosed = result.isEmpty()
                ? f.openedYear - 1
                : result.get(result.size() - 1).fiscalYear();
        long opening = result.isEmpty()
                ? f.openingBalanceYen
                : result.get(result.size() - 1).closingYen();
        Map<Integer, LedgerStore.Sums> open = ledger.sumsAfter(c, f.id, lastClosed);
        int until = Math.max(
                FiscalYear.of(b.today()).startYear(),
                open.keySet().stream().max(Integer::compare).orElse(0));
        for (int year = lastClosed + 1; year <= until; year++) {
            FundYear y =
                    LedgerStore.year(f.id, year, opening, open.getOrDefault(year, LedgerStore.Sums.NONE), false, null);
            result.add(y);
            opening = y.closingYen();
        }
        return result;
    }

    @Override
    public FundYear closeYear(long fundId, int fiscalYear) {
        Actor actor = Permissions.requireRole(Role.COORDINATOR);
        return b.both((em, c) -> {
            FundEntity f = fund(em, fundId);
            ledger.lock(c, f.id, b.now());
            FundYear closed = close(c, f, fiscalYear, actor.userName(), b.now(), true);
            b.audit(
                    AuditAction.UPDATE,
                    RECORD_TYPE,
                    f.id,
                    "基金「" + f.name + "」" + closed.label() + "を締め: 期首 " + Money.yen(closed.openingYen()) + "、積立 "
                            + Money.yen(closed.cityTransfersYen()) + "、寄附 " + Money.yen(closed.donationsYen())
                            + "、利子 " + Money.yen(closed.interestYen()) + "、取崩 " + Money.yen(closed.withdrawalsYen())
                            + "、年度末残高 " + Money.yen(closed.closingYen()));
            b.post(FundingEvents.FUND_UPDATED, f.id);
            return closed;
        });
    }

    /**
     * Closes the next open year of the fund, which must be {@code year}, from one aggregate over its lines.
     *
     * @param mustHaveEnded refuse a year that has not ended yet (the import closes past years only anyway)
     */
    FundYear close(Connection c, FundEntity f, int year, String by, Instant now, boolean mustHaveEnded)
            throws SQLException {
        Optional<FundYear> last = ledger.lastClosed(c, f.id);
        int next = last.map(y -> y.fiscalYear() + 1).orElse(f.openedYear);
        if (year != next) {
            throw new ConflictException(
                    MESSAGES.get("fund.closeInOrder", new FiscalYear(year).format(), new FiscalYear(next).format()));
        }
        FiscalYear fy = new FiscalYear(year);
        if (mustHaveEnded && !b.today().isAfter(fy.end())) {
            throw new ConflictException(MESSAGES.get("fund.yearNotEnded", fy.format()));
        }
        long opening = last.map(FundYear::closingYen).orElse(f.openingBalanceYen);
        FundYear y = LedgerStore.year(f.id, year, opening, ledger.sums(c, f.id, year), true, now);
        if (y.closingYen() < 0) {
            throw new ConflictException(MESSAGES.get("fund.negative", fy.format(), Money.yen(y.closingYen())));
        }
        ledger.close(c, y, by);
        return y;
    }

    // ---- exports -------------------------------------------------------------------------------

    @Override
    public int exportLedger(long fundId, Integer fiscalYear, OutputStream out) throws IOException {
        Permissions.requireRole(Role.STAFF);
        FundEntity f = b.entities(em -> fund(em, fundId));
        CsvWriter csv = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)).withByteOrderMark();
        csv.row(
                LedgerImport.YEAR,
                LedgerImport.DATE,
                LedgerImport.KIND,
                LedgerImport.AMOUNT,
                LedgerImport.DESCRIPTION,
                LedgerImport.DONOR,
                LedgerImport.DONOR_ADDRESS,
                LedgerImport.RECEIPT,
                LedgerImport.FINANCED);
        int rows = 0;
        LedgerQuery query = new LedgerQuery(fundId, fiscalYear, null, "");
        PageRequest page = new PageRequest(0, PageRequest.MAX_LIMIT, List.of());
        for (boolean more = true; more; page = page.next()) {
            Page<LedgerEntry> found = entries(query, page);
            for (LedgerEntry e : found.items()) {
                LedgerEntryDraft d = e.details();
                csv.row(
                        new FiscalYear(e.fiscalYear()).format(),
                        d.entryDate().toString(),
                        d.kind().labelJa(),
                        Long.toString(d.amountYen()),
                        d.description(),
                        d.donorName(),
                        d.donorAddress(),
                        d.receiptNumber(),
                        d.financed());
                rows++;
            }
            more = found.hasNext();
        }
        csv.flush();
        int count = rows;
        b.write(c -> {
            b.audit(AuditAction.EXPORT, RECORD_TYPE, fundId, "基金「" + f.name + "」の台帳をCSVに出力（" + count + "件）");
            return null;
        });
        return count;
    }

    @Override
    public int exportYears(long fundId, OutputStream out) throws IOException {
        List<FundYear> years = years(fundId);
        CsvWriter csv = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)).withByteOrderMark();
        csv.row(LedgerImport.YEAR_COLUMNS);
        for (FundYear y : years) {
            csv.row(
                    y.label(),
                    Long.toString(y.openingYen()),
                    Long.toString(y.cityTransfersYen()),
                    Long.toString(y.donationsYen()),
                    Long.toString(y.interestYen()),
                    Long.toString(y.withdrawalsYen()),
                    Long.toString(y.closingYen()));
        }
        csv.flush();
        return years.size();
    }

    // ---- import and receipts -------------------------------------------------------------------

    @Override
    public LedgerImportReport importLedger(long fundId, byte[] csv, boolean commit) {
        Actor actor = Permissions.requireRole(Role.COORDINATOR);
        return new LedgerImport(b, this, ledger).run(fundId, csv, commit, actor);
    }

    @Override
    public byte[] donationReceipt(long entryId) {
        Permissions.requireRole(Role.COORDINATOR);
        return b.both((em, c) -> {
            LedgerEntryEntity e = em.find(LedgerEntryEntity.class, entryId);
            if (e == null) {
                throw new NotFoundException(MESSAGES.get("ledger.notFound", entryId));
            }
            if (e.kind != LedgerKind.DONATION) {
                throw ValidationException.of("entryId", MESSAGES.get("receipt.notDonation"));
            }
            if (e.receiptNumber == null) {
                throw ValidationException.of("receiptNumber", MESSAGES.get("receipt.noNumber"));
            }
            FundEntity f = fund(em, e.fundId);
            byte[] pdf = receipts.render(e, f, b.today());
            b.audit(
                    AuditAction.EXPORT,
                    ENTRY_RECORD_TYPE,
                    entryId,
                    "寄附金受領証明書（受領証 " + e.receiptNumber + "、" + Money.yen(e.amountYen) + "）を発行");
            return pdf;
        });
    }

    FundEntity fundEntity(EntityManager em, long id) {
        return fund(em, id);
    }
}
