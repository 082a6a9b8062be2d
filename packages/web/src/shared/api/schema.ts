/**
 * Generated from the server's OpenAPI document by packages/web/scripts/generate-api.ts.
 * Do not edit: run `npm run generate:api -w @guibin/web` after changing a route's schema.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers and is migrated */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                            database: string;
                            schemaVersion: number | null;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                            database: string;
                            schemaVersion: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with staff number and password; sets the guibin_session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        staffNo: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            staff: {
                                staffNo: string;
                                name: string;
                                role: string;
                                orgId: number;
                            };
                            mustChangePassword: boolean;
                            csrfToken: string;
                            permissions: string[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session and clear the cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the session has ended */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in staff member and the CSRF token of the session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            staff: {
                                staffNo: string;
                                name: string;
                                role: string;
                                orgId: number;
                            };
                            mustChangePassword: boolean;
                            csrfToken: string;
                            permissions: string[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search customers in your scope; phone and ID number in the body, never the URL
         * @description Roles with customer.read get the masked file fields (view FULL); lobby managers and tellers the limited set (view LIMITED).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description name prefix, or an exact customer number */
                        q?: string;
                        customerNo?: string;
                        /** @description matched exactly on its keyed hash; +86, spaces and dashes are ignored */
                        phone?: string;
                        /** @description matched exactly on its keyed hash; case and spaces are ignored */
                        idNumber?: string;
                        serviceTier?: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE") | ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                        outletId?: number;
                        maintainerStaffNo?: string;
                        /** @default 1 */
                        page?: number;
                        /** @default 20 */
                        pageSize?: number;
                        /**
                         * @default customerNo
                         * @enum {string}
                         */
                        sort?: "customerNo" | "name" | "serviceTier" | "aum";
                        /**
                         * @default asc
                         * @enum {string}
                         */
                        order?: "asc" | "desc";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            view: "FULL";
                            /** @description customers matching; a lower bound when totalExact is false */
                            total: number;
                            totalExact: boolean;
                            page: number;
                            pageSize: number;
                            /** @description by service tier, within the scope and every filter but the tier filter; null when not counted exactly */
                            countsByTier: {
                                STANDARD: number;
                                GOLD: number;
                                PLATINUM: number;
                                DIAMOND: number;
                                PRIVATE: number;
                            } | null;
                            /** @description customers matching that the evaluation in force did not include */
                            notEvaluated: number | null;
                            tierMonth: string | null;
                            policyCode: string | null;
                            items: {
                                /** @description a bigint as a decimal string */
                                customerId: string;
                                customerNo: string;
                                name: string;
                                gender: string;
                                /** @enum {string|null} */
                                serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                homeOutlet: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                maintainer: {
                                    staffNo: string;
                                    name: string;
                                } | null;
                                idType: string;
                                /** @description masked */
                                idNumber: string;
                                /** @description masked */
                                mobile: string;
                                /** @enum {string|null} */
                                qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                /** @enum {string|null} */
                                status: "INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | null;
                                /** @description average daily AUM of the tier month */
                                aumMonthAvg: string | null;
                            }[];
                        } | {
                            /** @enum {string} */
                            view: "LIMITED";
                            /** @description customers matching; a lower bound when totalExact is false */
                            total: number;
                            totalExact: boolean;
                            page: number;
                            pageSize: number;
                            /** @description by service tier, within the scope and every filter but the tier filter; null when not counted exactly */
                            countsByTier: {
                                STANDARD: number;
                                GOLD: number;
                                PLATINUM: number;
                                DIAMOND: number;
                                PRIVATE: number;
                            } | null;
                            /** @description customers matching that the evaluation in force did not include */
                            notEvaluated: number | null;
                            tierMonth: string | null;
                            policyCode: string | null;
                            items: {
                                /** @description a bigint as a decimal string */
                                customerId: string;
                                customerNo: string;
                                name: string;
                                gender: string;
                                /** @enum {string|null} */
                                serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                homeOutlet: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                maintainer: {
                                    staffNo: string;
                                    name: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer 360: profile, holdings, AUM history, tier history with explanations (masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description a bigint as a decimal string */
                            customerId: string;
                            customerNo: string;
                            name: string;
                            gender: string;
                            birthDate: string | null;
                            idType: string;
                            /** @description masked */
                            idNumber: string;
                            /** @description masked */
                            mobile: string;
                            /** @description masked */
                            email: string;
                            occupation: string;
                            openedOn: string;
                            homeOutlet: {
                                id: number;
                                code: string;
                                name: string;
                            };
                            maintainer: {
                                staffNo: string;
                                name: string;
                            } | null;
                            advisor: {
                                staffNo: string;
                                name: string;
                            } | null;
                            tier: {
                                month: string | null;
                                policyCode: string | null;
                                /** @enum {string|null} */
                                serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                /** @enum {string|null} */
                                qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                /** @enum {string|null} */
                                status: "INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | null;
                            };
                            holdings: {
                                /** @description the latest closed day the balances are from */
                                asOf: string | null;
                                accounts: {
                                    /** @description a bigint as a decimal string */
                                    accountId: string;
                                    /** @description masked */
                                    accountNumber: string;
                                    product: {
                                        code: string;
                                        name: string;
                                        category: string;
                                        riskLevel: string;
                                        countsTowardAum: boolean;
                                    };
                                    currency: string;
                                    openedOn: string;
                                    maturityOn: string | null;
                                    status: string;
                                    /** @description end of the latest closed day; null: not in that day’s balances */
                                    balance: {
                                        asOf: string;
                                        /** @description yuan, a decimal string with two decimals */
                                        amount: string;
                                        /** @description yuan, a decimal string with two decimals */
                                        amountCny: string;
                                    } | null;
                                }[];
                                totals: {
                                    /** @description yuan, a decimal string with two decimals */
                                    aumCny: string;
                                    /** @description holdings that do not count toward AUM: loans, cards */
                                    otherCny: string;
                                };
                            };
                            aum: {
                                /** @description the last 90 closed days, oldest first */
                                daily: {
                                    day: string;
                                    /** @description yuan, a decimal string with two decimals */
                                    aum: string;
                                }[];
                                /** @description average daily AUM per month, the last 24 months, oldest first */
                                monthly: {
                                    month: string;
                                    /** @description yuan, a decimal string with two decimals */
                                    average: string;
                                    days: number;
                                    complete: boolean;
                                }[];
                            };
                            /** @description evaluations under the policy in force, the last 24 months, newest first */
                            tierHistory: {
                                month: string;
                                explanation: {
                                    policy: {
                                        code: string;
                                        version: number;
                                        name: string;
                                    };
                                    metric: string;
                                    /** @description yuan, a decimal string with two decimals */
                                    value: string;
                                    window: {
                                        start: string;
                                        end: string;
                                        days: number;
                                        carriedForwardDays: string[];
                                    };
                                    thresholds: {
                                        /** @enum {string} */
                                        tier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                        /** @description yuan, a decimal string with two decimals */
                                        threshold: string;
                                    }[];
                                    /** @enum {string} */
                                    rule: "INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED";
                                    /** @enum {string} */
                                    qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                    /** @enum {string|null} */
                                    previousServiceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                    /** @enum {string} */
                                    serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                    substandardMonths: number;
                                    graceMonths: number;
                                    autoUpgrade: boolean;
                                    /** @description the trail in words, in the caller's language (Accept-Language) */
                                    lines: string[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{customerId}/show-in-full": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show sensitive fields of one customer in full, for this response only, with a reason (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fields: ("ID_NUMBER" | "MOBILE" | "EMAIL" | "ACCOUNT_NUMBER")[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description a bigint as a decimal string */
                            customerId: string;
                            idNumber?: string;
                            mobile?: string;
                            email?: string;
                            accountNumbers?: {
                                /** @description a bigint as a decimal string */
                                accountId: string;
                                accountNumber: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers and metric totals by service and qualified tier, for an org and each of its child orgs
         * @description Within your scope: an RM or advisor counts the customers they maintain or support; an org outside your scope is 404 ORG_NOT_FOUND.
         */
        get: {
            parameters: {
                query?: {
                    /** @description default: the latest month evaluated under the policy */
                    month?: string;
                    /** @description default: the policy in force (of the latest evaluation) */
                    policyCode?: string;
                    /** @description default: the caller's own org */
                    orgId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            policy: {
                                code: string;
                                version: number;
                                /** @enum {string} */
                                metric: "MONTH_AVG" | "ROLLING_QUARTER_AVG" | "MIN_OF_3_MONTH_AVGS" | "TWELVE_MONTH_AVG" | "POINT";
                            };
                            month: string;
                            org: {
                                id: number;
                                code: string;
                                name: string;
                                level: string;
                            };
                            /**
                             * @description ORG: the customers of the org’s outlets as evaluated; OWN_CUSTOMERS: the customers the caller maintains or supports
                             * @enum {string}
                             */
                            basis: "ORG" | "OWN_CUSTOMERS";
                            total: {
                                customers: number;
                                /** @description yuan, a decimal string with two decimals */
                                metricTotal: string;
                                serviceTiers: {
                                    STANDARD: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    GOLD: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    PLATINUM: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    DIAMOND: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    PRIVATE: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                };
                                qualifiedTiers: {
                                    STANDARD: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    GOLD: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    PLATINUM: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    DIAMOND: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    PRIVATE: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                };
                            };
                            /** @description one per direct child org, for drilling down; empty for an outlet and for OWN_CUSTOMERS */
                            children: {
                                customers: number;
                                /** @description yuan, a decimal string with two decimals */
                                metricTotal: string;
                                serviceTiers: {
                                    STANDARD: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    GOLD: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    PLATINUM: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    DIAMOND: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    PRIVATE: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                };
                                qualifiedTiers: {
                                    STANDARD: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    GOLD: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    PLATINUM: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    DIAMOND: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                    PRIVATE: {
                                        customers: number;
                                        /** @description sum of the customers’ metric */
                                        metricTotal: string;
                                    };
                                };
                                org: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    level: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Previous service tier × service tier of the month, and customers by status (upgraded, substandard …)
         * @description Within your scope, as for the summary.
         */
        get: {
            parameters: {
                query?: {
                    /** @description default: the latest month evaluated under the policy */
                    month?: string;
                    /** @description default: the policy in force (of the latest evaluation) */
                    policyCode?: string;
                    /** @description default: the caller's own org */
                    orgId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            policy: {
                                code: string;
                                version: number;
                                /** @enum {string} */
                                metric: "MONTH_AVG" | "ROLLING_QUARTER_AVG" | "MIN_OF_3_MONTH_AVGS" | "TWELVE_MONTH_AVG" | "POINT";
                            };
                            month: string;
                            org: {
                                id: number;
                                code: string;
                                name: string;
                                level: string;
                            };
                            /**
                             * @description ORG: the customers of the org’s outlets as evaluated; OWN_CUSTOMERS: the customers the caller maintains or supports
                             * @enum {string}
                             */
                            basis: "ORG" | "OWN_CUSTOMERS";
                            customers: number;
                            /** @description previous service tier × service tier, initial first, then by tier */
                            matrix: {
                                /**
                                 * @description null: initial evaluation
                                 * @enum {string|null}
                                 */
                                previousServiceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                serviceTiers: {
                                    STANDARD: number;
                                    GOLD: number;
                                    PLATINUM: number;
                                    DIAMOND: number;
                                    PRIVATE: number;
                                };
                            }[];
                            statuses: {
                                INITIAL: number;
                                QUALIFIED: number;
                                QUALIFIED_NOT_UPGRADED: number;
                                UPGRADED: number;
                                SUBSTANDARD: number;
                                DOWNGRADED: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluation runs, newest first: status, counts by tier and status, timings, errors */
        get: {
            parameters: {
                query?: {
                    policyCode?: string;
                    month?: string;
                    page?: string;
                    pageSize?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            runs: {
                                /** @description a bigint as a decimal string */
                                id: string;
                                policy: {
                                    code: string;
                                    version: number;
                                };
                                month: string;
                                /** @description staff number, or the system job, that ran it */
                                actor: string;
                                /** @enum {string} */
                                status: "RUNNING" | "SUCCEEDED" | "FAILED";
                                /** @description ISO 8601 */
                                startedAt: string;
                                finishedAt: string | null;
                                durationMs: number | null;
                                customers: number;
                                /** @description customers by qualified tier; empty for a failed run */
                                qualifiedCounts: {
                                    [key: string]: number;
                                };
                                serviceCounts: {
                                    [key: string]: number;
                                };
                                statusCounts: {
                                    [key: string]: number;
                                };
                                /** @description the days the metric was computed over; null for a failed run */
                                window: {
                                    start: string;
                                    end: string;
                                    days: number;
                                    carriedForwardDays: string[];
                                } | null;
                                /** @description why a FAILED run failed (a data gap, an unclosed month …) */
                                error: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Evaluate a month under a policy's active version and answer with the finished run
         * @description Runs to the end before answering (seconds for a large bank). While another evaluation runs — from the API, the command line or an import — the request is refused with 409 EVALUATION_RUNNING.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        month: string;
                        policyCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description a bigint as a decimal string */
                            id: string;
                            policy: {
                                code: string;
                                version: number;
                            };
                            month: string;
                            /** @description staff number, or the system job, that ran it */
                            actor: string;
                            /** @enum {string} */
                            status: "RUNNING" | "SUCCEEDED" | "FAILED";
                            /** @description ISO 8601 */
                            startedAt: string;
                            finishedAt: string | null;
                            durationMs: number | null;
                            customers: number;
                            /** @description customers by qualified tier; empty for a failed run */
                            qualifiedCounts: {
                                [key: string]: number;
                            };
                            serviceCounts: {
                                [key: string]: number;
                            };
                            statusCounts: {
                                [key: string]: number;
                            };
                            /** @description the days the metric was computed over; null for a failed run */
                            window: {
                                start: string;
                                end: string;
                                days: number;
                                carriedForwardDays: string[];
                            } | null;
                            /** @description why a FAILED run failed (a data gap, an unclosed month …) */
                            error: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tier-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tier policy codes with their active version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            policies: {
                                code: string;
                                versions: number;
                                activeVersion: number | null;
                                /** @description the active version, or the latest when none is active */
                                policy: {
                                    code: string;
                                    version: number;
                                    name: string;
                                    description: string;
                                    /** @enum {string} */
                                    metric: "MONTH_AVG" | "ROLLING_QUARTER_AVG" | "MIN_OF_3_MONTH_AVGS" | "TWELVE_MONTH_AVG" | "POINT";
                                    tiers: {
                                        /** @enum {string} */
                                        tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                        /** @description yuan, a decimal string with two decimals */
                                        threshold: string;
                                        /** @enum {string} */
                                        specialAdmissionApprover: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                    }[];
                                    graceMonths: number;
                                    autoUpgrade: boolean;
                                    /** @enum {string} */
                                    gapHandling: "REFUSE" | "CARRY_FORWARD";
                                    /** @description the version evaluations of the code use */
                                    active: boolean;
                                    /** @description ISO 8601 */
                                    createdAt: string;
                                    createdBy: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Store a tier policy file as the next version of its code, which becomes the active one
         * @description A body equal to the active version stores nothing (200, created false). Head office only.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description a tier policy file (docs/tier-policies.md); every problem is answered at once as 422 TIER_POLICY_INVALID with details.problems [{path, message}] */
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        description?: string;
                        metric: string;
                        tiers: {
                            tier: string;
                            threshold: string;
                            specialAdmissionApprover?: string;
                        }[];
                        graceMonths?: number;
                        autoUpgrade?: boolean;
                        gapHandling?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false: the body equals the active version, nothing was stored */
                            created: boolean;
                            policy: {
                                code: string;
                                version: number;
                                name: string;
                                description: string;
                                /** @enum {string} */
                                metric: "MONTH_AVG" | "ROLLING_QUARTER_AVG" | "MIN_OF_3_MONTH_AVGS" | "TWELVE_MONTH_AVG" | "POINT";
                                tiers: {
                                    /** @enum {string} */
                                    tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                    /** @description yuan, a decimal string with two decimals */
                                    threshold: string;
                                    /** @enum {string} */
                                    specialAdmissionApprover: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                }[];
                                graceMonths: number;
                                autoUpgrade: boolean;
                                /** @enum {string} */
                                gapHandling: "REFUSE" | "CARRY_FORWARD";
                                /** @description the version evaluations of the code use */
                                active: boolean;
                                /** @description ISO 8601 */
                                createdAt: string;
                                createdBy: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false: the body equals the active version, nothing was stored */
                            created: boolean;
                            policy: {
                                code: string;
                                version: number;
                                name: string;
                                description: string;
                                /** @enum {string} */
                                metric: "MONTH_AVG" | "ROLLING_QUARTER_AVG" | "MIN_OF_3_MONTH_AVGS" | "TWELVE_MONTH_AVG" | "POINT";
                                tiers: {
                                    /** @enum {string} */
                                    tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                    /** @description yuan, a decimal string with two decimals */
                                    threshold: string;
                                    /** @enum {string} */
                                    specialAdmissionApprover: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                }[];
                                graceMonths: number;
                                autoUpgrade: boolean;
                                /** @enum {string} */
                                gapHandling: "REFUSE" | "CARRY_FORWARD";
                                /** @description the version evaluations of the code use */
                                active: boolean;
                                /** @description ISO 8601 */
                                createdAt: string;
                                createdBy: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tier-policies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a tier policy, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @description oldest first */
                            versions: {
                                code: string;
                                version: number;
                                name: string;
                                description: string;
                                /** @enum {string} */
                                metric: "MONTH_AVG" | "ROLLING_QUARTER_AVG" | "MIN_OF_3_MONTH_AVGS" | "TWELVE_MONTH_AVG" | "POINT";
                                tiers: {
                                    /** @enum {string} */
                                    tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                    /** @description yuan, a decimal string with two decimals */
                                    threshold: string;
                                    /** @enum {string} */
                                    specialAdmissionApprover: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                }[];
                                graceMonths: number;
                                autoUpgrade: boolean;
                                /** @enum {string} */
                                gapHandling: "REFUSE" | "CARRY_FORWARD";
                                /** @description the version evaluations of the code use */
                                active: boolean;
                                /** @description ISO 8601 */
                                createdAt: string;
                                createdBy: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tier-policies/{code}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of a tier policy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    version: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: number;
                            name: string;
                            description: string;
                            /** @enum {string} */
                            metric: "MONTH_AVG" | "ROLLING_QUARTER_AVG" | "MIN_OF_3_MONTH_AVGS" | "TWELVE_MONTH_AVG" | "POINT";
                            tiers: {
                                /** @enum {string} */
                                tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /** @description yuan, a decimal string with two decimals */
                                threshold: string;
                                /** @enum {string} */
                                specialAdmissionApprover: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                            }[];
                            graceMonths: number;
                            autoUpgrade: boolean;
                            /** @enum {string} */
                            gapHandling: "REFUSE" | "CARRY_FORWARD";
                            /** @description the version evaluations of the code use */
                            active: boolean;
                            /** @description ISO 8601 */
                            createdAt: string;
                            createdBy: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feed import runs, newest first: files, row counts, days closed, duration, error count */
        get: {
            parameters: {
                query?: {
                    status?: "APPLIED" | "REJECTED" | "NOTHING_TO_DO";
                    page?: string;
                    pageSize?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            runs: {
                                /** @description a bigint as a decimal string */
                                id: string;
                                /** @enum {string} */
                                status: "APPLIED" | "REJECTED" | "NOTHING_TO_DO";
                                actor: string;
                                /** @description the delivery directory on the server */
                                sourceDir: string;
                                /** @description ISO 8601 */
                                startedAt: string;
                                finishedAt: string;
                                durationMs: number;
                                files: {
                                    name: string;
                                    kind: string;
                                    /** @description load, skip (already applied), correct (a closed day again), reclose (FX changed) */
                                    action: string;
                                    /** @description data rows read; null when the file was not read */
                                    rows: number | null;
                                    sha256: string;
                                }[];
                                /** @description data rows per file read */
                                rowCounts: {
                                    [key: string]: number;
                                };
                                daysClosed: string[];
                                /** @description every error found */
                                errorCount: number;
                                /** @description the errors kept with the run: the first 1,000 */
                                errorsStored: number;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import run with a page of its row errors (file, line, field, message; sensitive values masked) */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    pageSize?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description a bigint as a decimal string */
                            id: string;
                            /** @enum {string} */
                            status: "APPLIED" | "REJECTED" | "NOTHING_TO_DO";
                            actor: string;
                            /** @description the delivery directory on the server */
                            sourceDir: string;
                            /** @description ISO 8601 */
                            startedAt: string;
                            finishedAt: string;
                            durationMs: number;
                            files: {
                                name: string;
                                kind: string;
                                /** @description load, skip (already applied), correct (a closed day again), reclose (FX changed) */
                                action: string;
                                /** @description data rows read; null when the file was not read */
                                rows: number | null;
                                sha256: string;
                            }[];
                            /** @description data rows per file read */
                            rowCounts: {
                                [key: string]: number;
                            };
                            daysClosed: string[];
                            /** @description every error found */
                            errorCount: number;
                            /** @description the errors kept with the run: the first 1,000 */
                            errorsStored: number;
                            errors: {
                                items: {
                                    file: string;
                                    /** @description physical line, the header is 1; 0 for the file as a whole */
                                    line: number;
                                    field: string;
                                    /** @description sensitive values (ID, phone, email, account number) masked */
                                    message: string;
                                }[];
                                page: number;
                                pageSize: number;
                                /** @description = errorsStored */
                                total: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first, by staff, customer, time, action and result; paged by cursor */
        get: {
            parameters: {
                query?: {
                    /** @description the acting staff member */
                    staffNo?: string;
                    /** @description events that read or wrote this customer */
                    customerId?: string;
                    /** @description e.g. customer.file, tier.summary, audit.query */
                    action?: string;
                    /** @description inclusive */
                    from?: string;
                    /** @description exclusive; a day is included whole */
                    to?: string;
                    result?: "ALLOWED" | "DENIED" | "ERROR";
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    pageSize?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description newest first */
                            events: {
                                /** @description a bigint as a decimal string; the chain order */
                                id: string;
                                /** @description ISO 8601, UTC */
                                occurredAt: string;
                                /** @description null: the system */
                                actorStaffNo: string | null;
                                actorRole: string | null;
                                sourceIp: string | null;
                                action: string;
                                customerIds: string[];
                                fieldsInFull: string[];
                                reason: string | null;
                                /** @enum {string} */
                                result: "ALLOWED" | "DENIED" | "ERROR";
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description pass as cursor for the next page; null: no more events */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
