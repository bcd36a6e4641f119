package steward.resident;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.security.AuditAction;
import steward.security.AuditTrail;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InputRules;

/**
 * The buildings and units of a site, kept by its administrators and supervisors: added, changed, closed (never
 * deleted: the ledger, visits and residents refer to them). A unit's label is unique in its site by
 * {@link UnitLabel#key}; two people saving the same label at once meet the unique index, and the second is told.
 */
@ApplicationScoped
public class UnitService {

    @Inject
    StaffContext staff;

    @Inject
    AuditTrail audit;

    @Inject
    InputRules rules;

    @Inject
    Clock clock;

    @Inject
    CenterRecords records;

    @Schema(name = "BuildingInput")
    public record BuildingInput(
            @Schema(example = "5棟")
            @NotBlank(message = "{steward.required}") @Size(max = Building.MAX_NAME_LENGTH, message = "{steward.too_long}")
            String name) {

        public BuildingInput {
            name = name == null ? null : name.strip();
        }
    }

    @Schema(name = "UnitInput")
    public record UnitInput(
            @Schema(description = "As people say it; spaces and full-width digits make no difference", example = "5棟2單元502")
            @NotBlank(message = "{steward.required}") @Size(max = UnitLabel.MAX_LENGTH, message = "{steward.too_long}")
            String label,
            @NotNull(message = "{steward.required}") Long buildingId,
            @Min(value = -20, message = "{steward.min}") @Max(value = 300, message = "{steward.max}") Integer floor,
            @Schema(description = "Square metres (the management fee is charged by area)", example = "88.50")
            @DecimalMin(value = "0", inclusive = false, message = "{steward.positive}")
            @DecimalMax(value = "100000", message = "{steward.max}")
            @Digits(integer = 6, fraction = 2, message = "{steward.decimal}") BigDecimal areaM2,
            @NotNull(message = "{steward.required}") UnitKind kind) {

        public UnitInput {
            label = label == null ? null : UnitLabel.tidy(label);
            // As the ledger keeps it (two decimals), so that 88.5 and 88.50 are the same area.
            areaM2 = areaM2 != null && areaM2.scale() < 2 ? areaM2.setScale(2) : areaM2;
        }
    }

    public record BuildingView(Long id, Long siteId, String name, boolean closed, long units) {
    }

    public record UnitView(Long id, Long siteId, String label, Long buildingId, String buildingName, Integer floor,
            BigDecimal areaM2, UnitKind kind, boolean closed) {
    }

    /** Who lives or lived in a unit, with their dates: the current ones first. */
    public record Occupant(Long residentId, String name, ResidentKind kind, LocalDate movedIn, LocalDate movedOut) {

        public boolean current() {
            return movedOut == null;
        }
    }

    /**
     * The unit's file: the unit, who lives there (and lived), and everything the center has with it. {@code canManage}:
     * the caller may change or close the unit; {@code canKeepResidents}: may move residents in and out and change its
     * owner.
     */
    public record UnitFile(UnitView unit, List<Occupant> occupants, FileRecords records, boolean canManage,
            boolean canKeepResidents) {
    }

    /** The buildings of one of the caller's sites, open ones first, with their open units counted. */
    public List<BuildingView> buildings(Long siteId) {
        Long site = workingSite(siteId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select b.id, b.name, b.closed_at is not null,
                       (select count(*) from unit u where u.building_id = b.id and u.closed_at is null)
                  from building b where b.site_id = ?1
                 order by b.closed_at is not null, b.name""").setParameter(1, site).getResultList();
        return rows.stream().map(r -> new BuildingView(((Number) r[0]).longValue(), site, (String) r[1],
                (Boolean) r[2], ((Number) r[3]).longValue())).toList();
    }

    /** The units of a building of the caller's sites, by floor and label. */
    public List<UnitView> unitsOf(Long buildingId) {
        Building building = building(buildingId);
        return Unit.<Unit>list("building.id = ?1 order by floor nulls last, label", building.id).stream()
                .map(u -> view(u, building)).toList();
    }

    public UnitView unit(Long id) {
        Unit unit = find(id);
        return view(unit, unit.building);
    }

    /** The unit's file (two statements for its records, one for its occupants). */
    public UnitFile file(Long id) {
        Unit unit = find(id);
        List<ResidentUnit> links = ResidentUnit.list("select ru from ResidentUnit ru join fetch ru.resident "
                + "where ru.unit.id = ?1 order by ru.movedOut desc nulls first, ru.movedIn desc nulls last, ru.id desc",
                unit.id);
        List<Occupant> occupants = links.stream().map(l -> new Occupant(l.resident.id, l.resident.name,
                l.resident.kind, l.movedIn, l.movedOut)).toList();
        List<Long> current = links.stream().filter(ResidentUnit::isCurrent).map(l -> l.resident.id).toList();
        boolean manage = staff.hasRole(Roles.ADMIN) || staff.hasRole(Roles.SUPERVISOR);
        boolean keep = staff.hasRole(Roles.SERVICE) || manage;
        return new UnitFile(view(unit, unit.building), occupants,
                records.ofUnit(Site.findById(unit.siteId), unit.id, current), manage, keep);
    }

    @Transactional
    public Long createBuilding(Long siteId, BuildingInput typed) {
        BuildingInput input = rules.check(typed);
        Long site = workingSite(siteId);
        refuseTakenName(site, input.name(), null);
        Building building = new Building();
        building.siteId = site;
        building.name = input.name();
        writeNameOnce(building::persist);
        audit.recordChange(AuditAction.CREATE_BUILDING, site, null,
                new Changes().fact("building", building.id).field("name", null, building.name).json());
        return building.id;
    }

    @Transactional
    public void renameBuilding(Long id, BuildingInput typed) {
        BuildingInput input = rules.check(typed);
        Building building = building(id);
        refuseTakenName(building.siteId, input.name(), building.id);
        Changes changes = new Changes().fact("building", building.id).field("name", building.name, input.name());
        building.name = input.name();
        writeNameOnce(() -> { });
        audit.recordChange(AuditAction.UPDATE_BUILDING, building.siteId, null, changes.json());
    }

    /** Closes a building whose units are all closed (its records stay). */
    @Transactional
    public void closeBuilding(Long id) {
        Building building = building(id);
        if (building.isClosed()) {
            throw new Conflict(InputRules.said("steward.building.closed_already"));
        }
        if (Unit.count("building.id = ?1 and closedAt is null", building.id) > 0) {
            throw new Conflict(InputRules.said("steward.building.has_units"));
        }
        building.closedAt = clock.instant();
        audit.recordChange(AuditAction.CLOSE_BUILDING, building.siteId, null,
                new Changes().fact("building", building.id).json());
    }

    @Transactional
    public Long createUnit(Long siteId, UnitInput typed) {
        UnitInput input = rules.check(typed);
        Long site = workingSite(siteId);
        Building building = openBuildingOf(site, input.buildingId());
        refuseTakenLabel(site, input.label(), null);
        Unit unit = new Unit();
        unit.siteId = site;
        Changes changes = describe(new Changes(), new UnitView(null, site, null, null, null, null, null, null, false),
                input, building);
        apply(unit, input, building);
        writeLabelOnce(unit::persist);
        audit.recordChange(AuditAction.CREATE_UNIT, site, null, changes.fact("unit", unit.id).json());
        return unit.id;
    }

    @Transactional
    public void updateUnit(Long id, UnitInput typed) {
        UnitInput input = rules.check(typed);
        Unit unit = find(id);
        if (unit.isClosed()) {
            throw new Conflict(InputRules.said("steward.unit.closed"));
        }
        Building building = openBuildingOf(unit.siteId, input.buildingId());
        refuseTakenLabel(unit.siteId, input.label(), unit.id);
        Changes changes = describe(new Changes().fact("unit", unit.id), view(unit, unit.building), input, building);
        apply(unit, input, building);
        writeLabelOnce(() -> { });
        if (!changes.isEmpty()) {
            audit.recordChange(AuditAction.UPDATE_UNIT, unit.siteId, null, changes.json());
        }
    }

    /** Closes a unit nobody lives in any more: it is charged no more; its account, arrears and history stay. */
    @Transactional
    public void closeUnit(Long id) {
        Unit unit = find(id);
        if (unit.isClosed()) {
            throw new Conflict(InputRules.said("steward.unit.closed"));
        }
        if (ResidentUnit.count("unit.id = ?1 and movedOut is null", unit.id) > 0) {
            throw new Conflict(InputRules.said("steward.unit.has_residents"));
        }
        unit.closedAt = clock.instant();
        audit.recordChange(AuditAction.CLOSE_UNIT, unit.siteId, null, new Changes().fact("unit", unit.id).json());
    }

    /** A unit of the caller's sites; any other id is "not found", whether or not it exists. */
    public Unit find(Long id) {
        Unit unit = id == null ? null : Unit.findById(id);
        if (unit == null) {
            throw new NotFoundException();
        }
        return unit;
    }

    /** The same, locked for the rest of the transaction (an owner change). */
    Unit findForUpdate(Long id) {
        Unit unit = id == null ? null
                : Unit.<Unit>find("id", id)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (unit == null) {
            throw new NotFoundException();
        }
        return unit;
    }

    Building building(Long id) {
        Building building = id == null ? null
                : Building.findById(id);
        if (building == null) {
            throw new NotFoundException();
        }
        return building;
    }

    /** One of the caller's (open) sites, else "not found". */
    Long workingSite(Long siteId) {
        if (!staff.worksFor(siteId)) {
            throw new NotFoundException();
        }
        return siteId;
    }

    private Building openBuildingOf(Long siteId, Long buildingId) {
        Building building = Building.find("id = ?1 and siteId = ?2", buildingId, siteId).firstResult();
        if (building == null) {
            throw rules.refuse("buildingId", "steward.building.unknown");
        }
        if (building.isClosed()) {
            throw rules.refuse("buildingId", "steward.building.closed");
        }
        return building;
    }

    private void refuseTakenLabel(Long siteId, String label, Long self) {
        Unit same = Unit.findByLabel(siteId, label);
        if (same != null && !same.id.equals(self)) {
            throw rules.refuse("label", "steward.unit_label.taken", same.label);
        }
    }

    private void refuseTakenName(Long siteId, String name, Long self) {
        Building same = Building.find("siteId = ?1 and name = ?2", siteId, name).firstResult();
        if (same != null && !same.id.equals(self)) {
            throw rules.refuse("name", "steward.building.name_taken");
        }
    }

    /** A label saved a moment ago by someone else is refused as taken, not answered as a failure. */
    private void writeLabelOnce(Runnable write) {
        rules.writeOrRefuse(write, "unit_site_label_key_idx", "label", "steward.unit_label.taken_now");
    }

    private void writeNameOnce(Runnable write) {
        rules.writeOrRefuse(write, "building_site_id_name_key", "name", "steward.building.name_taken");
    }

    private static void apply(Unit unit, UnitInput input, Building building) {
        unit.label = input.label();
        unit.building = building;
        unit.floor = input.floor();
        unit.areaM2 = input.areaM2();
        unit.kind = input.kind();
    }

    private static Changes describe(Changes changes, UnitView before, UnitInput after, Building building) {
        return changes.field("label", before.label(), after.label())
                .field("building", before.buildingName(), building.name)
                .field("floor", before.floor(), after.floor())
                .field("areaM2", before.areaM2(), after.areaM2())
                .field("kind", before.kind(), after.kind());
    }

    static UnitView view(Unit unit, Building building) {
        return new UnitView(unit.id, unit.siteId, unit.label, building.id, building.name, unit.floor,
                unit.areaM2, unit.kind, unit.isClosed());
    }
}
