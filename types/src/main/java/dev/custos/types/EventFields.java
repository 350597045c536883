package dev.custos.types;

/**
 * Dotted names of the ECS fields Custos reads (the detectors, the signing gate, the detection service and the policy),
 * and the categories and actions it knows; the event contract is docs/EVENTS.md.
 */
public final class EventFields {
    public static final String TIMESTAMP = "@timestamp";
    public static final String EVENT_ID = "event.id";
    public static final String EVENT_CATEGORY = "event.category";
    public static final String EVENT_ACTION = "event.action";
    public static final String EVENT_OUTCOME = "event.outcome";
    public static final String USER_NAME = "user.name";
    public static final String USER_TARGET_NAME = "user.target.name";
    public static final String SOURCE_IP = "source.ip";
    public static final String SOURCE_COUNTRY = "source.geo.country_iso_code";
    public static final String SOURCE_LATITUDE = "source.geo.location.lat";
    public static final String SOURCE_LONGITUDE = "source.geo.location.lon";
    public static final String SOURCE_ASN = "source.as.number";
    public static final String USER_AGENT = "user_agent.original";
    public static final String HOST_NAME = "host.name";
    public static final String PROCESS_NAME = "process.name";
    public static final String PROCESS_COMMAND_LINE = "process.command_line";
    public static final String PROCESS_PARENT_NAME = "process.parent.name";
    public static final String AUTH_METHOD = "custos.auth.method";
    public static final String DEVICE_ID = "custos.device.id";
    public static final String SESSION_ID = "custos.session.id";
    public static final String ROLE = "custos.role";
    /** The initiator's role where {@link #ROLE} is absent (read by the policy). */
    public static final String INITIATOR_ROLE = "custos.initiator.role";

    public static final String WALLET_ID = "custos.wallet.id";
    public static final String WALLET_TIER = "custos.wallet.tier";
    public static final String WALLET_BALANCE_USD = "custos.wallet.balance_usd";
    public static final String REQUEST_ID = "custos.request.id";
    public static final String TX_CHAIN = "custos.tx.chain";
    public static final String TX_TO = "custos.tx.to";
    public static final String TX_ASSET = "custos.tx.asset";
    public static final String TX_AMOUNT = "custos.tx.amount";
    public static final String TX_AMOUNT_USD = "custos.tx.amount_usd";
    public static final String TX_HASH = "custos.tx.hash";
    public static final String TX_RAW = "custos.tx.raw";
    /** A whole Safe Transaction Service object; the detection engine sees it flattened, the policy decodes it. */
    public static final String TX_SAFE = "custos.tx.safe";

    public static final String TX_SAFE_VERSION = "custos.tx.safe_version";
    public static final String TX_CHAIN_ID = "custos.tx.chain_id";
    public static final String TX_SAFE_OPERATION = "custos.tx.safe.operation";
    public static final String TX_SAFE_TO = "custos.tx.safe.to";
    public static final String ALLOWLIST_ADDRESS = "custos.allowlist.address";
    public static final String APPROVALS = "custos.approvals";
    public static final String RISK_SCORE = "custos.risk.score";
    public static final String RISK_REASONS = "custos.risk.reasons";
    public static final String DESTINATION_ALLOWLISTED_AT = "custos.destination.allowlisted_at";
    public static final String GOVERNANCE_CONTRACT = "custos.governance.contract";
    public static final String GOVERNANCE_OLD_VALUE = "custos.governance.old_value";
    public static final String GOVERNANCE_NEW_VALUE = "custos.governance.new_value";
    /** What a Custos governance event changed: a proposal id, a person, a node, a resource. */
    public static final String GOVERNANCE_SUBJECT = "custos.governance.subject";
    /**
     * The weakening steps a proposed policy change takes ({@code timelock_lowered}, {@code approver_removed},
     * {@code loosening}), derived by the server from the active and the proposed policy.
     */
    public static final String GOVERNANCE_STEPS = "custos.governance.steps";
    /** What a proposed policy change loosens, one sentence each. */
    public static final String GOVERNANCE_LOOSENINGS = "custos.governance.loosenings";
    /** The approvers a proposed policy change removes. */
    public static final String GOVERNANCE_APPROVERS_REMOVED = "custos.governance.approvers_removed";
    /** Whose approval of a policy change this is (the admin who signed it). */
    public static final String GOVERNANCE_APPROVER = "custos.governance.approver";
    /** Until when that admin's vetting holds (RFC 3339), or {@code none} when the registry has no current record. */
    public static final String GOVERNANCE_APPROVER_VETTING = "custos.governance.approver_vetting_valid_until";
    /** The actor's employment state in the people registry: {@code active}, {@code leaving}. */
    public static final String ACTOR_EMPLOYMENT = "custos.actor.employment";

    public static final String DESTINATION_IP = "destination.ip";
    public static final String DESTINATION_DOMAIN = "destination.domain";
    public static final String DESTINATION_PORT = "destination.port";
    public static final String NETWORK_TRANSPORT = "network.transport";
    public static final String SOURCE_BYTES = "source.bytes";
    public static final String DESTINATION_BYTES = "destination.bytes";
    /** The flow's duration in nanoseconds, as ECS gives it. */
    public static final String EVENT_DURATION = "event.duration";

    public static final String DNS_QUESTION_NAME = "dns.question.name";
    public static final String DNS_QUESTION_TYPE = "dns.question.type";
    public static final String EMAIL_FROM_ADDRESS = "email.from.address";
    public static final String EMAIL_TO_ADDRESS = "email.to.address";
    public static final String EMAIL_SUBJECT = "email.subject";
    public static final String EMAIL_ATTACHMENT_NAME = "email.attachments.file.name";
    public static final String EMAIL_ATTACHMENT_SHA256 = "email.attachments.file.hash.sha256";
    public static final String URL_DOMAIN = "url.domain";
    public static final String FILE_PATH = "file.path";
    public static final String FILE_NAME = "file.name";
    public static final String FILE_SHA256 = "file.hash.sha256";
    public static final String PACKAGE_NAME = "package.name";

    public static final String CATEGORY_AUTHENTICATION = "authentication";
    public static final String CATEGORY_PROCESS = "process";
    public static final String CATEGORY_IAM = "iam";
    public static final String CATEGORY_API = "api";
    public static final String CATEGORY_CONFIGURATION = "configuration";
    public static final String CATEGORY_NETWORK = "network";
    public static final String CATEGORY_EMAIL = "email";
    public static final String CATEGORY_FILE = "file";

    public static final String ACTION_LOGIN = "login";
    public static final String ACTION_EXEC = "exec";
    public static final String ACTION_MFA_RESET = "mfa_reset";
    public static final String ACTION_DEVICE_ENROLLED = "device_enrolled";
    public static final String ACTION_SIGNING_REQUEST = "signing.request";
    public static final String ACTION_TRANSFER_OUT = "chain.transfer_out";
    public static final String ACTION_ALLOWLIST_ADD = "wallet.allowlist_add";
    public static final String GOVERNANCE_PREFIX = "governance.";
    /** A network connection (a Zeek {@code conn} record, a firewall or flow log entry). */
    public static final String ACTION_FLOW = "flow";
    /** A DNS question asked by a host. */
    public static final String ACTION_DNS_QUERY = "dns.query";
    /** A file downloaded to a host. */
    public static final String ACTION_FILE_DOWNLOAD = "download";
    /** A file created on a host. */
    public static final String ACTION_FILE_CREATION = "creation";
    /** A file run as a program on a host. */
    public static final String ACTION_FILE_EXECUTION = "execution";
    /** A software package installed on a host. */
    public static final String ACTION_PACKAGE_INSTALL = "package_install";

    private EventFields() {}
}
