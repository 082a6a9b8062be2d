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
                                org: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    /** @enum {string} */
                                    level: "HEAD_OFFICE" | "BRANCH" | "SUB_BRANCH" | "OUTLET";
                                };
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
                                org: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    /** @enum {string} */
                                    level: "HEAD_OFFICE" | "BRANCH" | "SUB_BRANCH" | "OUTLET";
                                };
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
                        /** @description customers whose home outlet is in this org's subtree, within your scope; an org outside your scope matches nobody */
                        orgId?: number;
                        maintainerStaffNo?: string;
                        /** @description the status of the evaluation in force */
                        status?: ("INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION") | ("INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION")[];
                        /**
                         * @description service tier of the evaluation in force above (UP) or below (DOWN) the month before
                         * @enum {string}
                         */
                        tierChange?: "UP" | "DOWN";
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
                                status: "INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION" | null;
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
                                status: "INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION" | null;
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
                                    rule: "INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION";
                                    /** @enum {string} */
                                    qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                    /** @enum {string|null} */
                                    previousServiceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                    /** @enum {string} */
                                    serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                    substandardMonths: number;
                                    graceMonths: number;
                                    autoUpgrade: boolean;
                                    /** @description why the qualified tier, in one line in the caller's language: "ROLLING_QUARTER_AVG 523,118.40 ≥ PLATINUM 500,000.00 under rolling-quarter-2020 v1" */
                                    decidingRule: string;
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
    "/api/saved-filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved customer searches, by name */
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
                            /** @description yours only, by name */
                            items: {
                                /** @description a bigint as a decimal string */
                                id: string;
                                name: string;
                                criteria: {
                                    /** @description name prefix, or an exact customer number */
                                    q?: string;
                                    customerNo?: string;
                                    /** @description matched exactly on its keyed hash; +86, spaces and dashes are ignored */
                                    phone?: string;
                                    /** @description matched exactly on its keyed hash; case and spaces are ignored */
                                    idNumber?: string;
                                    serviceTier?: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE") | ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    outletId?: number;
                                    /** @description customers whose home outlet is in this org's subtree, within your scope; an org outside your scope matches nobody */
                                    orgId?: number;
                                    maintainerStaffNo?: string;
                                    /** @description the status of the evaluation in force */
                                    status?: ("INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION") | ("INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION")[];
                                    /**
                                     * @description service tier of the evaluation in force above (UP) or below (DOWN) the month before
                                     * @enum {string}
                                     */
                                    tierChange?: "UP" | "DOWN";
                                    /** @enum {string} */
                                    sort?: "customerNo" | "name" | "serviceTier" | "aum";
                                    /** @enum {string} */
                                    order?: "asc" | "desc";
                                };
                                columns: ("customerNo" | "name" | "gender" | "serviceTier" | "qualifiedTier" | "status" | "idNumber" | "mobile" | "homeOutlet" | "maintainer" | "aumMonthAvg")[];
                                createdAt: string;
                                updatedAt: string;
                            }[];
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
        /** Save a customer search under a name (no phone or ID number) */
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
                        name: string;
                        /** @description the search body without paging; phone and idNumber are refused (SAVED_FILTER_SENSITIVE) */
                        criteria: {
                            /** @description name prefix, or an exact customer number */
                            q?: string;
                            customerNo?: string;
                            /** @description matched exactly on its keyed hash; +86, spaces and dashes are ignored */
                            phone?: string;
                            /** @description matched exactly on its keyed hash; case and spaces are ignored */
                            idNumber?: string;
                            serviceTier?: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE") | ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                            outletId?: number;
                            /** @description customers whose home outlet is in this org's subtree, within your scope; an org outside your scope matches nobody */
                            orgId?: number;
                            maintainerStaffNo?: string;
                            /** @description the status of the evaluation in force */
                            status?: ("INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION") | ("INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION")[];
                            /**
                             * @description service tier of the evaluation in force above (UP) or below (DOWN) the month before
                             * @enum {string}
                             */
                            tierChange?: "UP" | "DOWN";
                            /** @enum {string} */
                            sort?: "customerNo" | "name" | "serviceTier" | "aum";
                            /** @enum {string} */
                            order?: "asc" | "desc";
                        };
                        /** @description the columns shown, in order; empty: the default columns */
                        columns: ("customerNo" | "name" | "gender" | "serviceTier" | "qualifiedTier" | "status" | "idNumber" | "mobile" | "homeOutlet" | "maintainer" | "aumMonthAvg")[];
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
                            name: string;
                            criteria: {
                                /** @description name prefix, or an exact customer number */
                                q?: string;
                                customerNo?: string;
                                /** @description matched exactly on its keyed hash; +86, spaces and dashes are ignored */
                                phone?: string;
                                /** @description matched exactly on its keyed hash; case and spaces are ignored */
                                idNumber?: string;
                                serviceTier?: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE") | ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                outletId?: number;
                                /** @description customers whose home outlet is in this org's subtree, within your scope; an org outside your scope matches nobody */
                                orgId?: number;
                                maintainerStaffNo?: string;
                                /** @description the status of the evaluation in force */
                                status?: ("INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION") | ("INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION")[];
                                /**
                                 * @description service tier of the evaluation in force above (UP) or below (DOWN) the month before
                                 * @enum {string}
                                 */
                                tierChange?: "UP" | "DOWN";
                                /** @enum {string} */
                                sort?: "customerNo" | "name" | "serviceTier" | "aum";
                                /** @enum {string} */
                                order?: "asc" | "desc";
                            };
                            columns: ("customerNo" | "name" | "gender" | "serviceTier" | "qualifiedTier" | "status" | "idNumber" | "mobile" | "homeOutlet" | "maintainer" | "aumMonthAvg")[];
                            createdAt: string;
                            updatedAt: string;
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
    "/api/saved-filters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename or change one of your saved searches */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description the search body without paging; phone and idNumber are refused (SAVED_FILTER_SENSITIVE) */
                        criteria: {
                            /** @description name prefix, or an exact customer number */
                            q?: string;
                            customerNo?: string;
                            /** @description matched exactly on its keyed hash; +86, spaces and dashes are ignored */
                            phone?: string;
                            /** @description matched exactly on its keyed hash; case and spaces are ignored */
                            idNumber?: string;
                            serviceTier?: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE") | ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                            outletId?: number;
                            /** @description customers whose home outlet is in this org's subtree, within your scope; an org outside your scope matches nobody */
                            orgId?: number;
                            maintainerStaffNo?: string;
                            /** @description the status of the evaluation in force */
                            status?: ("INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION") | ("INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION")[];
                            /**
                             * @description service tier of the evaluation in force above (UP) or below (DOWN) the month before
                             * @enum {string}
                             */
                            tierChange?: "UP" | "DOWN";
                            /** @enum {string} */
                            sort?: "customerNo" | "name" | "serviceTier" | "aum";
                            /** @enum {string} */
                            order?: "asc" | "desc";
                        };
                        /** @description the columns shown, in order; empty: the default columns */
                        columns: ("customerNo" | "name" | "gender" | "serviceTier" | "qualifiedTier" | "status" | "idNumber" | "mobile" | "homeOutlet" | "maintainer" | "aumMonthAvg")[];
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
                            id: string;
                            name: string;
                            criteria: {
                                /** @description name prefix, or an exact customer number */
                                q?: string;
                                customerNo?: string;
                                /** @description matched exactly on its keyed hash; +86, spaces and dashes are ignored */
                                phone?: string;
                                /** @description matched exactly on its keyed hash; case and spaces are ignored */
                                idNumber?: string;
                                serviceTier?: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE") | ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                outletId?: number;
                                /** @description customers whose home outlet is in this org's subtree, within your scope; an org outside your scope matches nobody */
                                orgId?: number;
                                maintainerStaffNo?: string;
                                /** @description the status of the evaluation in force */
                                status?: ("INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION") | ("INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION")[];
                                /**
                                 * @description service tier of the evaluation in force above (UP) or below (DOWN) the month before
                                 * @enum {string}
                                 */
                                tierChange?: "UP" | "DOWN";
                                /** @enum {string} */
                                sort?: "customerNo" | "name" | "serviceTier" | "aum";
                                /** @enum {string} */
                                order?: "asc" | "desc";
                            };
                            columns: ("customerNo" | "name" | "gender" | "serviceTier" | "qualifiedTier" | "status" | "idNumber" | "mobile" | "homeOutlet" | "maintainer" | "aumMonthAvg")[];
                            createdAt: string;
                            updatedAt: string;
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
        post?: never;
        /** Delete one of your saved searches */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers and metric totals by service tier for each evaluated month of a window (default the last 12 months)
         * @description Within your scope, as for the summary: an RM or advisor counts the customers they maintain or support.
         */
        get: {
            parameters: {
                query?: {
                    /** @description the last month of the window; default: the latest month evaluated under the policy */
                    month?: string;
                    /** @description how many months the window spans, ending with month (default 12, at most 24) */
                    months?: string;
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
                            };
                            org: {
                                id: number;
                                code: string;
                                name: string;
                                level: string;
                            };
                            /** @enum {string} */
                            basis: "ORG" | "OWN_CUSTOMERS";
                            /** @description first month of the window */
                            from: string;
                            /** @description last month of the window */
                            to: string;
                            /** @description the months of the window evaluated under the policy, oldest first; a month never evaluated is absent */
                            months: {
                                month: string;
                                /** @description the version read: the highest that evaluated the month */
                                policyVersion: number;
                                /** @enum {string} */
                                metric: "MONTH_AVG" | "ROLLING_QUARTER_AVG" | "MIN_OF_3_MONTH_AVGS" | "TWELVE_MONTH_AVG" | "POINT";
                                customers: number;
                                /** @description yuan, a decimal string with two decimals */
                                metricTotal: string;
                                serviceTiers: {
                                    STANDARD: {
                                        customers: number;
                                        /** @description yuan, a decimal string with two decimals */
                                        metricTotal: string;
                                    };
                                    GOLD: {
                                        customers: number;
                                        /** @description yuan, a decimal string with two decimals */
                                        metricTotal: string;
                                    };
                                    PLATINUM: {
                                        customers: number;
                                        /** @description yuan, a decimal string with two decimals */
                                        metricTotal: string;
                                    };
                                    DIAMOND: {
                                        customers: number;
                                        /** @description yuan, a decimal string with two decimals */
                                        metricTotal: string;
                                    };
                                    PRIVATE: {
                                        customers: number;
                                        /** @description yuan, a decimal string with two decimals */
                                        metricTotal: string;
                                    };
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
    "/api/tiers/summary/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The summary’s table by tier or by child org as an .xlsx file
         * @description Answers application/vnd.openxmlformats-officedocument.spreadsheetml.sheet with Content-Disposition: attachment. The same figures and scope as GET /api/tiers/summary; audited as tier.export.
         */
        get: {
            parameters: {
                query: {
                    /** @description default: the latest month evaluated under the policy */
                    month?: string;
                    /** @description default: the policy in force (of the latest evaluation) */
                    policyCode?: string;
                    /** @description default: the caller's own org */
                    orgId?: string;
                    /** @description tiers: customers and metric totals by service and qualified tier; orgs: by child org and service tier */
                    table: "tiers" | "orgs";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the .xlsx file (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
                                SPECIAL_ADMISSION: number;
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
        /** Evaluation runs, newest first: status, progress, counts by tier and status, timings, errors */
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
                                /**
                                 * @description the step a run started from the API reached: window (window metrics), evaluate (results); null before the first and for runs of the command line
                                 * @enum {string|null}
                                 */
                                phase: "window" | "evaluate" | null;
                                /** @description steps finished of all steps (an evaluation is a few set-based statements, not counted per customer) */
                                progress: {
                                    done: number;
                                    total: number;
                                };
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
                                /** @description the error code of a failed run started from the API (DATA_GAP, MONTH_NOT_CLOSED, EVALUATION_INTERRUPTED …; docs/errors.md) */
                                errorCode: string | null;
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
         * Start evaluating a month under a policy's active version; answers 202 with the RUNNING run
         * @description The evaluation goes on in the background of the server; watch it with GET /api/evaluation-runs/{id} until its status is SUCCEEDED or FAILED. While another evaluation runs — from the API, the command line or an import — the start is refused with 409 EVALUATION_RUNNING.
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
                202: {
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
                            /**
                             * @description the step a run started from the API reached: window (window metrics), evaluate (results); null before the first and for runs of the command line
                             * @enum {string|null}
                             */
                            phase: "window" | "evaluate" | null;
                            /** @description steps finished of all steps (an evaluation is a few set-based statements, not counted per customer) */
                            progress: {
                                done: number;
                                total: number;
                            };
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
                            /** @description the error code of a failed run started from the API (DATA_GAP, MONTH_NOT_CLOSED, EVALUATION_INTERRUPTED …; docs/errors.md) */
                            errorCode: string | null;
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
    "/api/evaluation-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One evaluation run: status, phase and progress while it runs; counts, window or error when it has ended */
        get: {
            parameters: {
                query?: never;
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
                            policy: {
                                code: string;
                                version: number;
                            };
                            month: string;
                            /** @description staff number, or the system job, that ran it */
                            actor: string;
                            /** @enum {string} */
                            status: "RUNNING" | "SUCCEEDED" | "FAILED";
                            /**
                             * @description the step a run started from the API reached: window (window metrics), evaluate (results); null before the first and for runs of the command line
                             * @enum {string|null}
                             */
                            phase: "window" | "evaluate" | null;
                            /** @description steps finished of all steps (an evaluation is a few set-based statements, not counted per customer) */
                            progress: {
                                done: number;
                                total: number;
                            };
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
                            /** @description the error code of a failed run started from the API (DATA_GAP, MONTH_NOT_CLOSED, EVALUATION_INTERRUPTED …; docs/errors.md) */
                            errorCode: string | null;
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
    "/api/policy-simulator/months": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The policy in force and the months it evaluated: what a simulation compares with */
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
                            /** @description the code of the latest successful evaluation; null: nothing evaluated yet */
                            policyInForce: {
                                code: string;
                            } | null;
                            /** @description months evaluated under it, newest first */
                            months: string[];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tier-policies/{code}/versions/{version}/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a policy version would give for an evaluated month, against the service tiers in force
         * @description For every customer in your scope: the service tier the version would give (qualified tier from the same window metric, then grace months and sign-up rules from last month under its code) against the service tier in force for the month (the evaluation under the policy in force). Matrices, moves by branch and outlet, and RMs needed per outlet by the capacity ratios before and after. Nothing is stored but the audit event. A month not evaluated under the policy in force is 404 EVALUATION_NOT_FOUND; a window the version cannot compute is 409 DATA_GAP or MONTH_NOT_CLOSED.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    version: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description an evaluated month, YYYY-MM */
                        month: string;
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
                            month: string;
                            /** @description the version simulated */
                            candidate: {
                                code: string;
                                version: number;
                                name: string;
                                /** @enum {string} */
                                status: "ACTIVE" | "DRAFT" | "RETIRED";
                                /** @enum {string} */
                                metric: "MONTH_AVG" | "ROLLING_QUARTER_AVG" | "MIN_OF_3_MONTH_AVGS" | "TWELVE_MONTH_AVG" | "POINT";
                                tiers: {
                                    /** @enum {string} */
                                    tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                    /** @description yuan, a decimal string with two decimals */
                                    threshold: string;
                                }[];
                                graceMonths: number;
                                autoUpgrade: boolean;
                                /** @enum {string} */
                                gapHandling: "REFUSE" | "CARRY_FORWARD";
                            };
                            /** @description the version whose evaluation of the month holds the service tiers in force */
                            baseline: {
                                code: string;
                                version: number;
                                name: string;
                                /** @enum {string} */
                                status: "ACTIVE" | "DRAFT" | "RETIRED";
                                /** @enum {string} */
                                metric: "MONTH_AVG" | "ROLLING_QUARTER_AVG" | "MIN_OF_3_MONTH_AVGS" | "TWELVE_MONTH_AVG" | "POINT";
                                tiers: {
                                    /** @enum {string} */
                                    tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                    /** @description yuan, a decimal string with two decimals */
                                    threshold: string;
                                }[];
                                graceMonths: number;
                                autoUpgrade: boolean;
                                /** @enum {string} */
                                gapHandling: "REFUSE" | "CARRY_FORWARD";
                            };
                            /** @description the month − 1 evaluation under the candidate's code its service tiers follow from; null: every customer is initial */
                            previousEvaluation: {
                                month: string;
                                version: number;
                            } | null;
                            /**
                             * @description EVALUATION: the baseline's stored metric (same metric and gap handling); WINDOW: computed from the monthly sums
                             * @enum {string}
                             */
                            metricSource: "EVALUATION" | "WINDOW";
                            /** @description customers per RM by tier (DOMAIN.md §6) */
                            capacityRatios: {
                                GOLD: number;
                                PLATINUM: number;
                                DIAMOND: number;
                                PRIVATE: number;
                            };
                            total: {
                                customers: number;
                                /** @description simulated service tier above the tier in force */
                                up: number;
                                down: number;
                                unchanged: number;
                                /** @description customers without a tier in force for the month (not in its evaluation) */
                                notEvaluated: number;
                                /** @description customers by service tier in force */
                                before: {
                                    STANDARD: number;
                                    GOLD: number;
                                    PLATINUM: number;
                                    DIAMOND: number;
                                    PRIVATE: number;
                                };
                                /** @description customers by simulated service tier */
                                after: {
                                    STANDARD: number;
                                    GOLD: number;
                                    PLATINUM: number;
                                    DIAMOND: number;
                                    PRIVATE: number;
                                };
                                rms: {
                                    before: {
                                        /** @description ceil(customers of the tier / ratio) */
                                        byTier: {
                                            GOLD: number;
                                            PLATINUM: number;
                                            DIAMOND: number;
                                            PRIVATE: number;
                                        };
                                        total: number;
                                    };
                                    after: {
                                        /** @description ceil(customers of the tier / ratio) */
                                        byTier: {
                                            GOLD: number;
                                            PLATINUM: number;
                                            DIAMOND: number;
                                            PRIVATE: number;
                                        };
                                        total: number;
                                    };
                                    /** @description after − before */
                                    difference: number;
                                };
                                statuses: {
                                    INITIAL: number;
                                    QUALIFIED: number;
                                    QUALIFIED_NOT_UPGRADED: number;
                                    UPGRADED: number;
                                    SUBSTANDARD: number;
                                    DOWNGRADED: number;
                                    SPECIAL_ADMISSION: number;
                                };
                                /** @description moves counted on the simulated qualified tier (assets alone) */
                                qualifiedMoves: {
                                    customers: number;
                                    up: number;
                                    down: number;
                                    unchanged: number;
                                    notEvaluated: number;
                                };
                            };
                            /** @description tier in force × simulated service tier */
                            serviceMatrix: {
                                /**
                                 * @description tier in force; null: not evaluated
                                 * @enum {string|null}
                                 */
                                from: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                to: {
                                    STANDARD: number;
                                    GOLD: number;
                                    PLATINUM: number;
                                    DIAMOND: number;
                                    PRIVATE: number;
                                };
                            }[];
                            /** @description tier in force × simulated qualified tier */
                            qualifiedMatrix: {
                                /**
                                 * @description tier in force; null: not evaluated
                                 * @enum {string|null}
                                 */
                                from: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                to: {
                                    STANDARD: number;
                                    GOLD: number;
                                    PLATINUM: number;
                                    DIAMOND: number;
                                    PRIVATE: number;
                                };
                            }[];
                            branches: {
                                /** @description null: outlets under no branch */
                                org: {
                                    id: number;
                                    code: string;
                                    name: string;
                                } | null;
                                outlets: number;
                                customers: number;
                                /** @description simulated service tier above the tier in force */
                                up: number;
                                down: number;
                                unchanged: number;
                                /** @description customers without a tier in force for the month (not in its evaluation) */
                                notEvaluated: number;
                                /** @description customers by service tier in force */
                                before: {
                                    STANDARD: number;
                                    GOLD: number;
                                    PLATINUM: number;
                                    DIAMOND: number;
                                    PRIVATE: number;
                                };
                                /** @description customers by simulated service tier */
                                after: {
                                    STANDARD: number;
                                    GOLD: number;
                                    PLATINUM: number;
                                    DIAMOND: number;
                                    PRIVATE: number;
                                };
                                rms: {
                                    before: {
                                        /** @description ceil(customers of the tier / ratio) */
                                        byTier: {
                                            GOLD: number;
                                            PLATINUM: number;
                                            DIAMOND: number;
                                            PRIVATE: number;
                                        };
                                        total: number;
                                    };
                                    after: {
                                        /** @description ceil(customers of the tier / ratio) */
                                        byTier: {
                                            GOLD: number;
                                            PLATINUM: number;
                                            DIAMOND: number;
                                            PRIVATE: number;
                                        };
                                        total: number;
                                    };
                                    /** @description after − before */
                                    difference: number;
                                };
                            }[];
                            outlets: {
                                org: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                branch: {
                                    id: number;
                                    code: string;
                                    name: string;
                                } | null;
                                customers: number;
                                /** @description simulated service tier above the tier in force */
                                up: number;
                                down: number;
                                unchanged: number;
                                /** @description customers without a tier in force for the month (not in its evaluation) */
                                notEvaluated: number;
                                /** @description customers by service tier in force */
                                before: {
                                    STANDARD: number;
                                    GOLD: number;
                                    PLATINUM: number;
                                    DIAMOND: number;
                                    PRIVATE: number;
                                };
                                /** @description customers by simulated service tier */
                                after: {
                                    STANDARD: number;
                                    GOLD: number;
                                    PLATINUM: number;
                                    DIAMOND: number;
                                    PRIVATE: number;
                                };
                                rms: {
                                    before: {
                                        /** @description ceil(customers of the tier / ratio) */
                                        byTier: {
                                            GOLD: number;
                                            PLATINUM: number;
                                            DIAMOND: number;
                                            PRIVATE: number;
                                        };
                                        total: number;
                                    };
                                    after: {
                                        /** @description ceil(customers of the tier / ratio) */
                                        byTier: {
                                            GOLD: number;
                                            PLATINUM: number;
                                            DIAMOND: number;
                                            PRIVATE: number;
                                        };
                                        total: number;
                                    };
                                    /** @description after − before */
                                    difference: number;
                                };
                            }[];
                            durationMs: number;
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
                                    /**
                                     * @description DRAFT: never activated; RETIRED: activated once, replaced since
                                     * @enum {string}
                                     */
                                    status: "ACTIVE" | "DRAFT" | "RETIRED";
                                    /** @description ISO 8601 */
                                    createdAt: string;
                                    createdBy: string;
                                    /** @description ISO 8601, the latest activation; null for a draft */
                                    activatedAt: string | null;
                                    activatedBy: string | null;
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
                            /** @description false: the body equals the active version (a draft: the latest version), nothing was stored */
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
                                /**
                                 * @description DRAFT: never activated; RETIRED: activated once, replaced since
                                 * @enum {string}
                                 */
                                status: "ACTIVE" | "DRAFT" | "RETIRED";
                                /** @description ISO 8601 */
                                createdAt: string;
                                createdBy: string;
                                /** @description ISO 8601, the latest activation; null for a draft */
                                activatedAt: string | null;
                                activatedBy: string | null;
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
                            /** @description false: the body equals the active version (a draft: the latest version), nothing was stored */
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
                                /**
                                 * @description DRAFT: never activated; RETIRED: activated once, replaced since
                                 * @enum {string}
                                 */
                                status: "ACTIVE" | "DRAFT" | "RETIRED";
                                /** @description ISO 8601 */
                                createdAt: string;
                                createdBy: string;
                                /** @description ISO 8601, the latest activation; null for a draft */
                                activatedAt: string | null;
                                activatedBy: string | null;
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
                                /**
                                 * @description DRAFT: never activated; RETIRED: activated once, replaced since
                                 * @enum {string}
                                 */
                                status: "ACTIVE" | "DRAFT" | "RETIRED";
                                /** @description ISO 8601 */
                                createdAt: string;
                                createdBy: string;
                                /** @description ISO 8601, the latest activation; null for a draft */
                                activatedAt: string | null;
                                activatedBy: string | null;
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
                            /**
                             * @description DRAFT: never activated; RETIRED: activated once, replaced since
                             * @enum {string}
                             */
                            status: "ACTIVE" | "DRAFT" | "RETIRED";
                            /** @description ISO 8601 */
                            createdAt: string;
                            createdBy: string;
                            /** @description ISO 8601, the latest activation; null for a draft */
                            activatedAt: string | null;
                            activatedBy: string | null;
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
    "/api/tier-policies/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store a tier policy file as the next version of its code, as a draft: nothing changes until it is activated
         * @description A body equal to the latest version stores nothing (200, created false). Problems are answered as for POST /api/tier-policies: 422 TIER_POLICY_INVALID with details.problems [{path, message}]. Head office only.
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
                            /** @description false: the body equals the active version (a draft: the latest version), nothing was stored */
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
                                /**
                                 * @description DRAFT: never activated; RETIRED: activated once, replaced since
                                 * @enum {string}
                                 */
                                status: "ACTIVE" | "DRAFT" | "RETIRED";
                                /** @description ISO 8601 */
                                createdAt: string;
                                createdBy: string;
                                /** @description ISO 8601, the latest activation; null for a draft */
                                activatedAt: string | null;
                                activatedBy: string | null;
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
                            /** @description false: the body equals the active version (a draft: the latest version), nothing was stored */
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
                                /**
                                 * @description DRAFT: never activated; RETIRED: activated once, replaced since
                                 * @enum {string}
                                 */
                                status: "ACTIVE" | "DRAFT" | "RETIRED";
                                /** @description ISO 8601 */
                                createdAt: string;
                                createdBy: string;
                                /** @description ISO 8601, the latest activation; null for a draft */
                                activatedAt: string | null;
                                activatedBy: string | null;
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
    "/api/tier-policies/{code}/versions/{version}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a stored version the active one of its code
         * @description The active version is what evaluations of the code use from now on; stored evaluations keep the version they used and nothing is re-evaluated. A version older than one that has evaluated a month is 409 TIER_POLICY_VERSION_SUPERSEDED. Head office only.
         */
        post: {
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
                            /** @description false: the version was already the active one */
                            changed: boolean;
                            /** @description the version active before */
                            previousVersion: number | null;
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
                                /**
                                 * @description DRAFT: never activated; RETIRED: activated once, replaced since
                                 * @enum {string}
                                 */
                                status: "ACTIVE" | "DRAFT" | "RETIRED";
                                /** @description ISO 8601 */
                                createdAt: string;
                                createdBy: string;
                                /** @description ISO 8601, the latest activation; null for a draft */
                                activatedAt: string | null;
                                activatedBy: string | null;
                            };
                            /** @description what activating changes, in the caller's language */
                            effect: string;
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
    "/api/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The orgs you may see: your own org and its subtree (an outlet’s staff: their outlet) */
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
                            /** @description your org and its subtree, top level first, then by code: a parent always precedes its children */
                            orgs: {
                                id: number;
                                code: string;
                                name: string;
                                /** @enum {string} */
                                level: "HEAD_OFFICE" | "BRANCH" | "SUB_BRANCH" | "OUTLET";
                                /** @description null for head office; the root of your list may name a parent outside it */
                                parentId: number | null;
                            }[];
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
                    /** @description only this file's errors, e.g. customers.csv or balances/2026-09-30.csv */
                    file?: string;
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
                            /** @description rows inserted or changed per static file; null for a refused run or one recorded before these counts were kept */
                            applied: {
                                orgs: number;
                                staff: number;
                                products: number;
                                customers: number;
                                accounts: number;
                                /** @description maintainers.csv rows applied (relations inserted or changed) */
                                maintainers: number;
                                /** @description maintainers.csv rows not applied: the customer's current relation was made in the app, which is the record (docs/feed-contract.md) */
                                maintainersKeptInApp: number;
                                fxRates: number;
                            } | null;
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
                                /** @description the stored errors (of the file asked for, if one was) */
                                total: number;
                                /** @description the file asked for, if one was */
                                file: string | null;
                            };
                            /** @description stored errors per file, for choosing one */
                            errorFiles: {
                                file: string;
                                errors: number;
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
    "/api/data-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Last import, last closed business day, latest evaluation per policy, days without balances and the months they block */
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
                            /** @description the latest import that changed data (status APPLIED); null before the first */
                            lastImport: {
                                id: string;
                                /** @description ISO 8601 */
                                finishedAt: string;
                                /** @description staff number or system job that ran it */
                                actor: string;
                                sourceDir: string;
                                /** @description the business days the import closed */
                                daysClosed: string[];
                            } | null;
                            closedDays: {
                                first: string | null;
                                /** @description the last closed business day */
                                last: string | null;
                                count: number;
                                /** @description when the latest close was written, ISO 8601 */
                                lastClosedAt: string | null;
                            };
                            gaps: {
                                /** @description calendar days without balances between the first and the last closed day */
                                days: number;
                                rangeCount: number;
                                /** @description the first 100 runs of missing days */
                                ranges: {
                                    from: string;
                                    to: string;
                                    days: number;
                                }[];
                            };
                            /** @description the code of the latest successful evaluation; its results are the customers’ current tiers */
                            policyInForce: string | null;
                            /** @description per policy code, its latest successful evaluation */
                            evaluations: {
                                runId: string;
                                policy: {
                                    code: string;
                                    version: number;
                                };
                                month: string;
                                customers: number;
                                qualifiedCounts: {
                                    [key: string]: number;
                                };
                                finishedAt: string;
                                inForce: boolean;
                            }[];
                            /** @description the evaluation started from the API that is running now */
                            runningEvaluation: {
                                runId: string;
                                policy: {
                                    code: string;
                                    version: number;
                                };
                                month: string;
                                startedAt: string;
                            } | null;
                            /** @description per active policy, the months between the first and the last closed day that cannot be evaluated because days are missing */
                            unevaluableMonths: {
                                policy: {
                                    code: string;
                                    version: number;
                                };
                                metric: string;
                                /** @enum {string} */
                                gapHandling: "REFUSE" | "CARRY_FORWARD";
                                inForce: boolean;
                                month: string;
                                /**
                                 * @description the error the evaluation would end with
                                 * @enum {string}
                                 */
                                reason: "MONTH_NOT_CLOSED" | "DATA_GAP";
                                /** @description days of the evaluation window without balances */
                                missingDays: number;
                            }[];
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
    "/api/audit-events/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The actions the audit trail holds, for choosing one as a filter */
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
                            /** @description every action the trail holds, in alphabetical order */
                            actions: string[];
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
    "/api/allocation/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Allocation policies (lanes: tiers or AUM bands, roles, capacities, quotas); the active one first */
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
                            items: {
                                code: string;
                                name: string;
                                description: string;
                                active: boolean;
                                lanes: {
                                    key: string;
                                    /** @description the service tiers the lane takes (null: any, the AUM band decides) */
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[] | null;
                                    /** @description lower bound of the AUM band, inclusive (null: none) */
                                    minAum: string | null;
                                    /** @description upper bound of the AUM band, exclusive (null: none) */
                                    maxAum: string | null;
                                    /** @description customers younger than this only (null: any age) */
                                    maxAge: number | null;
                                    /** @description who may maintain the lane, in order of preference */
                                    roles: ("SUB_BRANCH_HEAD" | "OUTLET_HEAD" | "RELATIONSHIP_MANAGER" | "LOBBY_MANAGER" | "TELLER")[];
                                    /** @description customers of the lane one maintainer holds at most (null: no limit) */
                                    capacity: number | null;
                                    /** @description customers of the lane one wealth advisor supports at most (null: no advisors) */
                                    advisorCapacity: number | null;
                                    /** @description 名单制: customers of the lane each maintainer holds at least (null: none) */
                                    quota: number | null;
                                }[];
                            }[];
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
    "/api/allocation/policies/{code}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an allocation policy the one in force, the previous one inactive, in one transaction (head office; idempotent) */
        post: {
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
                            changed: boolean;
                            previous: string | null;
                            items: {
                                code: string;
                                name: string;
                                description: string;
                                active: boolean;
                                lanes: {
                                    key: string;
                                    /** @description the service tiers the lane takes (null: any, the AUM band decides) */
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[] | null;
                                    /** @description lower bound of the AUM band, inclusive (null: none) */
                                    minAum: string | null;
                                    /** @description upper bound of the AUM band, exclusive (null: none) */
                                    maxAum: string | null;
                                    /** @description customers younger than this only (null: any age) */
                                    maxAge: number | null;
                                    /** @description who may maintain the lane, in order of preference */
                                    roles: ("SUB_BRANCH_HEAD" | "OUTLET_HEAD" | "RELATIONSHIP_MANAGER" | "LOBBY_MANAGER" | "TELLER")[];
                                    /** @description customers of the lane one maintainer holds at most (null: no limit) */
                                    capacity: number | null;
                                    /** @description customers of the lane one wealth advisor supports at most (null: no advisors) */
                                    advisorCapacity: number | null;
                                    /** @description 名单制: customers of the lane each maintainer holds at least (null: none) */
                                    quota: number | null;
                                }[];
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
    "/api/allocation/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Load vs capacity per staff member and lane of an org (default: yours), unassigned customers and open leads */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    policy?: string;
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
                            org: {
                                id: number;
                                code: string;
                                name: string;
                                level: string;
                            };
                            policy: {
                                code: string;
                                name: string;
                            };
                            evaluationMonth: string | null;
                            lanes: {
                                key: string;
                                tiers: string[] | null;
                                capacity: number | null;
                                advisorCapacity: number | null;
                                quota: number | null;
                            }[];
                            staff: {
                                id: number;
                                staffNo: string;
                                name: string;
                                role: string;
                                orgId: number;
                                total: number;
                                supportedTotal: number;
                                maintained: {
                                    lane: string;
                                    customers: number;
                                    capacity: number | null;
                                    quota: number | null;
                                }[];
                                supported: {
                                    lane: string;
                                    customers: number;
                                    capacity: number | null;
                                    quota: number | null;
                                }[];
                                overCapacity: boolean;
                                overAdvisorCapacity: boolean;
                            }[];
                            totals: {
                                lane: string;
                                customers: number;
                                assigned: number;
                                withAdvisor: number;
                                maintainerLoad: number;
                                capacity: number | null;
                                advisorLoad: number;
                                advisorCapacity: number | null;
                            }[];
                            unassigned: {
                                total: number;
                                items: {
                                    /** @description a bigint as a decimal string */
                                    customerId: string;
                                    customerNo: string;
                                    name: string;
                                    /** @enum {string} */
                                    tier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                    /** @description yuan, a decimal string with two decimals */
                                    aum: string;
                                    lane: string;
                                    maintainer: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    /** @description the relation version the caller saw ("0": no relation yet) */
                                    version: string;
                                    homeOutletId: number;
                                    homeOutletParentId: number | null;
                                }[];
                            };
                            leads: {
                                /** @description a bigint as a decimal string */
                                id: string;
                                /** @description a bigint as a decimal string */
                                customerId: string;
                                customerNo: string;
                                customerName: string;
                                note: string;
                                createdAt: string;
                                createdBy: {
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                };
                                maintainerStaffId: number | null;
                                homeOutletId: number;
                                homeOutletParentId: number | null;
                                /** @description the relation version the caller saw ("0": no relation yet) */
                                version: string;
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
    "/api/allocation/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign, move or unassign customers in one transaction; each item carries the relation version it saw (409 ALLOCATION_CONFLICT if changed) */
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
                        /**
                         * @default MANUAL
                         * @enum {string}
                         */
                        kind?: "MANUAL" | "PROPOSAL" | "HANDOVER" | "UPGRADE_SPECIALIST";
                        /** @default  */
                        note?: string;
                        items: {
                            /** @description a bigint as a decimal string */
                            customerId: string;
                            maintainerStaffId: number | null;
                            advisorStaffId?: number | null;
                            /** @description the relation version the caller saw ("0": no relation yet) */
                            expectedVersion: string;
                        }[];
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
                            changed: number;
                            items: {
                                /** @description a bigint as a decimal string */
                                customerId: string;
                                maintainerStaffId: number | null;
                                advisorStaffId: number | null;
                                /** @description the relation version the caller saw ("0": no relation yet) */
                                version: string;
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
    "/api/allocation/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute an allocation proposal for an outlet or sub-branch (nothing is written; apply the accepted items with /assignments) */
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
                        /** @description the outlet or sub-branch to allocate */
                        orgId: number;
                        policy?: string;
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
                            org: {
                                id: number;
                                code: string;
                                name: string;
                                level: string;
                            };
                            policy: {
                                code: string;
                                name: string;
                            };
                            customersConsidered: number;
                            moved: number;
                            minimumMoves: number;
                            advisorMoved: number;
                            advisorMinimumMoves: number;
                            advisorsAdded: number;
                            items: {
                                /** @description a bigint as a decimal string */
                                customerId: string;
                                customerNo: string;
                                name: string;
                                /** @enum {string} */
                                tier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /** @description yuan, a decimal string with two decimals */
                                aum: string;
                                lane: string | null;
                                from: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                to: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                /** @enum {string} */
                                reason: "UNASSIGNED" | "MAINTAINER_LEFT" | "OVER_CAPACITY" | "KEPT";
                                why: string;
                                advisor: {
                                    from: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    to: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    /** @enum {string} */
                                    reason: "ADVISOR_KEPT" | "ADVISOR_MISSING" | "ADVISOR_LEFT" | "ADVISOR_NOT_ELIGIBLE" | "ADVISOR_IS_MAINTAINER" | "ADVISOR_OVER_CAPACITY";
                                    why: string;
                                } | null;
                                /** @description the relation version the caller saw ("0": no relation yet) */
                                expectedVersion: string;
                                homeOutletId: number;
                                homeOutletParentId: number | null;
                            }[];
                            unplaced: {
                                /** @description a bigint as a decimal string */
                                customerId: string;
                                customerNo: string;
                                name: string;
                                /** @enum {string} */
                                tier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /** @description yuan, a decimal string with two decimals */
                                aum: string;
                                lane: string | null;
                                from: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                to: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                /** @enum {string} */
                                reason: "UNASSIGNED" | "MAINTAINER_LEFT" | "OVER_CAPACITY" | "KEPT";
                                why: string;
                                advisor: {
                                    from: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    to: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    /** @enum {string} */
                                    reason: "ADVISOR_KEPT" | "ADVISOR_MISSING" | "ADVISOR_LEFT" | "ADVISOR_NOT_ELIGIBLE" | "ADVISOR_IS_MAINTAINER" | "ADVISOR_OVER_CAPACITY";
                                    why: string;
                                } | null;
                                /** @description the relation version the caller saw ("0": no relation yet) */
                                expectedVersion: string;
                                homeOutletId: number;
                                homeOutletParentId: number | null;
                            }[];
                            advisorUnplaced: {
                                /** @description a bigint as a decimal string */
                                customerId: string;
                                customerNo: string;
                                name: string;
                                /** @enum {string} */
                                tier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /** @description yuan, a decimal string with two decimals */
                                aum: string;
                                lane: string | null;
                                from: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                to: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                /** @enum {string} */
                                reason: "UNASSIGNED" | "MAINTAINER_LEFT" | "OVER_CAPACITY" | "KEPT";
                                why: string;
                                advisor: {
                                    from: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    to: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    /** @enum {string} */
                                    reason: "ADVISOR_KEPT" | "ADVISOR_MISSING" | "ADVISOR_LEFT" | "ADVISOR_NOT_ELIGIBLE" | "ADVISOR_IS_MAINTAINER" | "ADVISOR_OVER_CAPACITY";
                                    why: string;
                                } | null;
                                /** @description the relation version the caller saw ("0": no relation yet) */
                                expectedVersion: string;
                                homeOutletId: number;
                                homeOutletParentId: number | null;
                            }[];
                            receivers: {
                                id: number;
                                staffNo: string;
                                name: string;
                                role: string;
                                orgId: number;
                            }[];
                            advisorReceivers: {
                                id: number;
                                staffNo: string;
                                name: string;
                                role: string;
                                orgId: number;
                            }[];
                            durationMs: number;
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
    "/api/allocation/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose receivers for every customer of a staff member who leaves or moves (apply with /assignments, reason HANDOVER) */
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
                        staffId: number;
                        policy?: string;
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
                            org: {
                                id: number;
                                code: string;
                                name: string;
                                level: string;
                            };
                            policy: {
                                code: string;
                                name: string;
                            };
                            customersConsidered: number;
                            moved: number;
                            minimumMoves: number;
                            advisorMoved: number;
                            advisorMinimumMoves: number;
                            advisorsAdded: number;
                            items: {
                                /** @description a bigint as a decimal string */
                                customerId: string;
                                customerNo: string;
                                name: string;
                                /** @enum {string} */
                                tier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /** @description yuan, a decimal string with two decimals */
                                aum: string;
                                lane: string | null;
                                from: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                to: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                /** @enum {string} */
                                reason: "UNASSIGNED" | "MAINTAINER_LEFT" | "OVER_CAPACITY" | "KEPT";
                                why: string;
                                advisor: {
                                    from: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    to: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    /** @enum {string} */
                                    reason: "ADVISOR_KEPT" | "ADVISOR_MISSING" | "ADVISOR_LEFT" | "ADVISOR_NOT_ELIGIBLE" | "ADVISOR_IS_MAINTAINER" | "ADVISOR_OVER_CAPACITY";
                                    why: string;
                                } | null;
                                /** @description the relation version the caller saw ("0": no relation yet) */
                                expectedVersion: string;
                                homeOutletId: number;
                                homeOutletParentId: number | null;
                            }[];
                            unplaced: {
                                /** @description a bigint as a decimal string */
                                customerId: string;
                                customerNo: string;
                                name: string;
                                /** @enum {string} */
                                tier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /** @description yuan, a decimal string with two decimals */
                                aum: string;
                                lane: string | null;
                                from: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                to: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                /** @enum {string} */
                                reason: "UNASSIGNED" | "MAINTAINER_LEFT" | "OVER_CAPACITY" | "KEPT";
                                why: string;
                                advisor: {
                                    from: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    to: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    /** @enum {string} */
                                    reason: "ADVISOR_KEPT" | "ADVISOR_MISSING" | "ADVISOR_LEFT" | "ADVISOR_NOT_ELIGIBLE" | "ADVISOR_IS_MAINTAINER" | "ADVISOR_OVER_CAPACITY";
                                    why: string;
                                } | null;
                                /** @description the relation version the caller saw ("0": no relation yet) */
                                expectedVersion: string;
                                homeOutletId: number;
                                homeOutletParentId: number | null;
                            }[];
                            advisorUnplaced: {
                                /** @description a bigint as a decimal string */
                                customerId: string;
                                customerNo: string;
                                name: string;
                                /** @enum {string} */
                                tier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /** @description yuan, a decimal string with two decimals */
                                aum: string;
                                lane: string | null;
                                from: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                to: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                /** @enum {string} */
                                reason: "UNASSIGNED" | "MAINTAINER_LEFT" | "OVER_CAPACITY" | "KEPT";
                                why: string;
                                advisor: {
                                    from: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    to: {
                                        id: number;
                                        staffNo: string;
                                        name: string;
                                        role: string;
                                    } | null;
                                    /** @enum {string} */
                                    reason: "ADVISOR_KEPT" | "ADVISOR_MISSING" | "ADVISOR_LEFT" | "ADVISOR_NOT_ELIGIBLE" | "ADVISOR_IS_MAINTAINER" | "ADVISOR_OVER_CAPACITY";
                                    why: string;
                                } | null;
                                /** @description the relation version the caller saw ("0": no relation yet) */
                                expectedVersion: string;
                                homeOutletId: number;
                                homeOutletParentId: number | null;
                            }[];
                            receivers: {
                                id: number;
                                staffNo: string;
                                name: string;
                                role: string;
                                orgId: number;
                            }[];
                            advisorReceivers: {
                                id: number;
                                staffNo: string;
                                name: string;
                                role: string;
                                orgId: number;
                            }[];
                            durationMs: number;
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
    "/api/allocation/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write a lead (线索) for a customer of your scope, for the outlet head to allocate */
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
                        /** @description a bigint as a decimal string */
                        customerId: string;
                        note: string;
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
                            /** @description a bigint as a decimal string */
                            customerId: string;
                            note: string;
                            createdAt: string;
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
    "/api/allocation/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's maintainer, advisor, sales-credit holder and the history of the relation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a bigint as a decimal string */
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
                            maintainer: {
                                id: number;
                                staffNo: string;
                                name: string;
                                role: string;
                            } | null;
                            advisor: {
                                id: number;
                                staffNo: string;
                                name: string;
                                role: string;
                            } | null;
                            credit: {
                                id: number;
                                staffNo: string;
                                name: string;
                                role: string;
                            } | null;
                            since: string | null;
                            /** @description the relation version the caller saw ("0": no relation yet) */
                            version: string;
                            history: {
                                /** @description a bigint as a decimal string */
                                id: string;
                                changedAt: string;
                                fromMaintainer: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                toMaintainer: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                fromAdvisor: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                toAdvisor: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                credit: {
                                    id: number;
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                } | null;
                                /** @enum {string} */
                                reason: "FEED" | "MANUAL" | "PROPOSAL" | "HANDOVER" | "UPGRADE_SPECIALIST" | "UNASSIGN";
                                note: string;
                                changedBy: string;
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
    "/api/cards/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A customer's cards, by customer number or by a card number (in the body, never the URL); numbers masked */
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
                        customerNo: string;
                    } | {
                        /** @description 16 or 19 digits with a valid Luhn check digit; spaces and dashes ignored */
                        cardNo: string;
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
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                                /**
                                 * @description of the evaluation in force; null: not evaluated
                                 * @enum {string|null}
                                 */
                                serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                            };
                            cards: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
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
    "/api/customers/{customerId}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's cards with state, expiry and history (numbers masked) */
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
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                                /**
                                 * @description of the evaluation in force; null: not evaluated
                                 * @enum {string|null}
                                 */
                                serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                            };
                            cards: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply for a card for a customer of the matching service tier */
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
                        customerId: string;
                        cardTypeId: number;
                        reason?: string;
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
                            id: string;
                            customerId: string;
                            cardType: {
                                id: number;
                                code: string;
                                name: string;
                                tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                            };
                            /**
                             * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                             * @enum {string}
                             */
                            state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                            /** @description first 6 + last 4; null until issued */
                            cardNoMasked: string | null;
                            issuingOutlet: {
                                id: number;
                                name: string;
                            } | null;
                            issuedOn: string | null;
                            expiresOn: string | null;
                            replacesCardId: string | null;
                            /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                            allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                            history: {
                                action: string;
                                fromState: string | null;
                                toState: string;
                                staffNo: string;
                                reason: string | null;
                                at: string;
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
    "/api/cards/{cardId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a card application (applied → approved) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cardId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
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
                            card: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            };
                            replacement: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            } | null;
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
    "/api/cards/{cardId}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue an approved card at your outlet: a number is drawn and one blank taken from stock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cardId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
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
                            card: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            };
                            replacement: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            } | null;
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
    "/api/cards/{cardId}/report-lost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a card lost */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cardId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
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
                            card: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            };
                            replacement: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            } | null;
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
    "/api/cards/{cardId}/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reissue a lost card at the same tier (补卡): a new card and number */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cardId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
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
                            card: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            };
                            replacement: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            } | null;
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
    "/api/cards/{cardId}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew a card due for renewal: a new card valid two years */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cardId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
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
                            card: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            };
                            replacement: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            } | null;
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
    "/api/cards/{cardId}/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a card for the card of the customer's new service tier (晋级/降级换卡) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cardId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cardTypeId: number;
                        reason?: string;
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
                            card: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            };
                            replacement: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            } | null;
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
    "/api/cards/{cardId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a card or an application (reason required) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cardId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
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
                            card: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            };
                            replacement: {
                                id: string;
                                customerId: string;
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                };
                                /**
                                 * @description RENEWAL_DUE: issued, within 60 days of expiry or past it
                                 * @enum {string}
                                 */
                                state: "APPLIED" | "APPROVED" | "ISSUED" | "LOST" | "RENEWED" | "EXCHANGED_UP" | "EXCHANGED_DOWN" | "REISSUED" | "CANCELLED" | "RENEWAL_DUE";
                                /** @description first 6 + last 4; null until issued */
                                cardNoMasked: string | null;
                                issuingOutlet: {
                                    id: number;
                                    name: string;
                                } | null;
                                issuedOn: string | null;
                                expiresOn: string | null;
                                replacesCardId: string | null;
                                /** @description what the state allows; the caller's permissions and outlet are checked on the action */
                                allowedActions: ("approve" | "issue" | "report-lost" | "reissue" | "renew" | "exchange" | "cancel")[];
                                history: {
                                    action: string;
                                    fromState: string | null;
                                    toState: string;
                                    staffNo: string;
                                    reason: string | null;
                                    at: string;
                                }[];
                            } | null;
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
    "/api/card-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Card types: tiers served, BIN, number length */
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
                            items: {
                                id: number;
                                code: string;
                                name: string;
                                tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                bin: string;
                                length: number;
                                active: boolean;
                                /** @description seeded by the demo bank, not defined by a bank */
                                demo: boolean;
                            }[];
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
        /** Define a card type */
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
                        code: string;
                        name: string;
                        tiers: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                        bin: string;
                        length: 16 | 19;
                        /** @default true */
                        active?: boolean;
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
                            id: number;
                            code: string;
                            name: string;
                            tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                            bin: string;
                            length: number;
                            active: boolean;
                            /** @description seeded by the demo bank, not defined by a bank */
                            demo: boolean;
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
    "/api/card-types/{cardTypeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a card type (new BIN or length applies to cards issued from now on) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cardTypeId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        tiers: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                        bin: string;
                        length: 16 | 19;
                        /** @default true */
                        active?: boolean;
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
                            id: number;
                            code: string;
                            name: string;
                            tiers: ("STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                            bin: string;
                            length: number;
                            active: boolean;
                            /** @description seeded by the demo bank, not defined by a bank */
                            demo: boolean;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/card-issuing-outlets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outlets flagged as issuing outlets */
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
                            items: {
                                orgId: number;
                                code: string;
                                name: string;
                                setBy: string;
                                setAt: string;
                            }[];
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
    "/api/card-issuing-outlets/{issuingOutletId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Flag or unflag an outlet as an issuing outlet */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    issuingOutletId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        issuing: boolean;
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
                            items: {
                                orgId: number;
                                code: string;
                                name: string;
                                setBy: string;
                                setAt: string;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/card-stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Card stock per issuing outlet and card type in your scope, with alerts */
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
                            items: {
                                outlet: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                quantity: number;
                                shortageLevel: number | null;
                                overstockLevel: number | null;
                                /** @enum {string|null} */
                                alert: "SHORTAGE" | "OVERSTOCK" | null;
                            }[];
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
    "/api/card-stock/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock rows in shortage or overstock */
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
                            items: {
                                outlet: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                quantity: number;
                                shortageLevel: number | null;
                                overstockLevel: number | null;
                                /** @enum {string|null} */
                                alert: "SHORTAGE" | "OVERSTOCK" | null;
                            }[];
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
    "/api/card-stock/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record blank cards received by an issuing outlet */
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
                        outletId: number;
                        cardTypeId: number;
                        quantity: number;
                        note?: string;
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
                            items: {
                                outlet: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                quantity: number;
                                shortageLevel: number | null;
                                overstockLevel: number | null;
                                /** @enum {string|null} */
                                alert: "SHORTAGE" | "OVERSTOCK" | null;
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
    "/api/card-stock/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer blank cards between issuing outlets */
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
                        fromOutletId: number;
                        toOutletId: number;
                        cardTypeId: number;
                        quantity: number;
                        note?: string;
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
                            items: {
                                outlet: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                quantity: number;
                                shortageLevel: number | null;
                                overstockLevel: number | null;
                                /** @enum {string|null} */
                                alert: "SHORTAGE" | "OVERSTOCK" | null;
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
    "/api/card-stock/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the shortage and overstock alert levels of an outlet and card type */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        outletId: number;
                        cardTypeId: number;
                        shortageLevel: number | null;
                        overstockLevel: number | null;
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
                            items: {
                                outlet: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                cardType: {
                                    id: number;
                                    code: string;
                                    name: string;
                                };
                                quantity: number;
                                shortageLevel: number | null;
                                overstockLevel: number | null;
                                /** @enum {string|null} */
                                alert: "SHORTAGE" | "OVERSTOCK" | null;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/special-admissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request a service tier above the customer's qualification (special admission) for a customer in your scope */
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
                        customerNo: string;
                        /** @enum {string} */
                        tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                        reason: string;
                        /** @default 12 */
                        months?: number;
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
                            id: string;
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                                outletCode: string;
                                outletName: string;
                            };
                            /** @enum {string} */
                            tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                            /**
                             * @description the qualified tier when requested
                             * @enum {string}
                             */
                            qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                            reason: string;
                            months: number;
                            /** @description the levels that decide, in order */
                            approvalChain: ("OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN")[];
                            /**
                             * @description the level whose decision is awaited; null once closed
                             * @enum {string|null}
                             */
                            waitingFor: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN" | null;
                            /** @enum {string} */
                            state: "REQUESTED" | "IN_REVIEW" | "APPROVED" | "REJECTED" | "ACTIVE" | "EXPIRED";
                            requestedBy: {
                                staffNo: string;
                                name: string;
                            };
                            requestedAt: string;
                            startsOn: string | null;
                            /** @description exclusive: the admission is active until the day before */
                            endsOn: string | null;
                            /** @description the first month whose evaluation applies it (YYYY-MM): the month holding its start if not yet evaluated under the policy in force, else the next one; fixed at approval (months already evaluated are not re-run); for an open request, as if approved today; null when rejected, or when its period ends before that month closes */
                            effectiveFromMonth: string | null;
                            /** @description true while the evaluation of effectiveFromMonth has not run yet */
                            awaitingEvaluation: boolean;
                            decisions: {
                                step: number;
                                /** @enum {string} */
                                level: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                /** @enum {string} */
                                decision: "APPROVE" | "REJECT";
                                comment: string;
                                decidedBy: {
                                    staffNo: string;
                                    name: string;
                                };
                                decidedAt: string;
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
    "/api/special-admissions/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The special admissions you requested, newest first */
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
                            items: {
                                id: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                    outletCode: string;
                                    outletName: string;
                                };
                                /** @enum {string} */
                                tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /**
                                 * @description the qualified tier when requested
                                 * @enum {string}
                                 */
                                qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                reason: string;
                                months: number;
                                /** @description the levels that decide, in order */
                                approvalChain: ("OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN")[];
                                /**
                                 * @description the level whose decision is awaited; null once closed
                                 * @enum {string|null}
                                 */
                                waitingFor: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN" | null;
                                /** @enum {string} */
                                state: "REQUESTED" | "IN_REVIEW" | "APPROVED" | "REJECTED" | "ACTIVE" | "EXPIRED";
                                requestedBy: {
                                    staffNo: string;
                                    name: string;
                                };
                                requestedAt: string;
                                startsOn: string | null;
                                /** @description exclusive: the admission is active until the day before */
                                endsOn: string | null;
                                /** @description the first month whose evaluation applies it (YYYY-MM): the month holding its start if not yet evaluated under the policy in force, else the next one; fixed at approval (months already evaluated are not re-run); for an open request, as if approved today; null when rejected, or when its period ends before that month closes */
                                effectiveFromMonth: string | null;
                                /** @description true while the evaluation of effectiveFromMonth has not run yet */
                                awaitingEvaluation: boolean;
                                decisions: {
                                    step: number;
                                    /** @enum {string} */
                                    level: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                    /** @enum {string} */
                                    decision: "APPROVE" | "REJECT";
                                    comment: string;
                                    decidedBy: {
                                        staffNo: string;
                                        name: string;
                                    };
                                    decidedAt: string;
                                }[];
                            }[];
                            today: string;
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
    "/api/special-admissions/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open requests waiting for your level's decision, in your scope, oldest first */
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
                            items: {
                                id: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                    outletCode: string;
                                    outletName: string;
                                };
                                /** @enum {string} */
                                tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /**
                                 * @description the qualified tier when requested
                                 * @enum {string}
                                 */
                                qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                reason: string;
                                months: number;
                                /** @description the levels that decide, in order */
                                approvalChain: ("OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN")[];
                                /**
                                 * @description the level whose decision is awaited; null once closed
                                 * @enum {string|null}
                                 */
                                waitingFor: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN" | null;
                                /** @enum {string} */
                                state: "REQUESTED" | "IN_REVIEW" | "APPROVED" | "REJECTED" | "ACTIVE" | "EXPIRED";
                                requestedBy: {
                                    staffNo: string;
                                    name: string;
                                };
                                requestedAt: string;
                                startsOn: string | null;
                                /** @description exclusive: the admission is active until the day before */
                                endsOn: string | null;
                                /** @description the first month whose evaluation applies it (YYYY-MM): the month holding its start if not yet evaluated under the policy in force, else the next one; fixed at approval (months already evaluated are not re-run); for an open request, as if approved today; null when rejected, or when its period ends before that month closes */
                                effectiveFromMonth: string | null;
                                /** @description true while the evaluation of effectiveFromMonth has not run yet */
                                awaitingEvaluation: boolean;
                                decisions: {
                                    step: number;
                                    /** @enum {string} */
                                    level: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                    /** @enum {string} */
                                    decision: "APPROVE" | "REJECT";
                                    comment: string;
                                    decidedBy: {
                                        staffNo: string;
                                        name: string;
                                    };
                                    decidedAt: string;
                                }[];
                            }[];
                            today: string;
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
    "/api/special-admissions/decided": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests you decided a step of (your approval history) */
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
                            items: {
                                id: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                    outletCode: string;
                                    outletName: string;
                                };
                                /** @enum {string} */
                                tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /**
                                 * @description the qualified tier when requested
                                 * @enum {string}
                                 */
                                qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                reason: string;
                                months: number;
                                /** @description the levels that decide, in order */
                                approvalChain: ("OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN")[];
                                /**
                                 * @description the level whose decision is awaited; null once closed
                                 * @enum {string|null}
                                 */
                                waitingFor: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN" | null;
                                /** @enum {string} */
                                state: "REQUESTED" | "IN_REVIEW" | "APPROVED" | "REJECTED" | "ACTIVE" | "EXPIRED";
                                requestedBy: {
                                    staffNo: string;
                                    name: string;
                                };
                                requestedAt: string;
                                startsOn: string | null;
                                /** @description exclusive: the admission is active until the day before */
                                endsOn: string | null;
                                /** @description the first month whose evaluation applies it (YYYY-MM): the month holding its start if not yet evaluated under the policy in force, else the next one; fixed at approval (months already evaluated are not re-run); for an open request, as if approved today; null when rejected, or when its period ends before that month closes */
                                effectiveFromMonth: string | null;
                                /** @description true while the evaluation of effectiveFromMonth has not run yet */
                                awaitingEvaluation: boolean;
                                decisions: {
                                    step: number;
                                    /** @enum {string} */
                                    level: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                    /** @enum {string} */
                                    decision: "APPROVE" | "REJECT";
                                    comment: string;
                                    decidedBy: {
                                        staffNo: string;
                                        name: string;
                                    };
                                    decidedAt: string;
                                }[];
                            }[];
                            today: string;
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
    "/api/special-admissions/expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active special admissions in your scope ending within 30 days (the reminder) */
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
                            items: {
                                id: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                    outletCode: string;
                                    outletName: string;
                                };
                                /** @enum {string} */
                                tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /**
                                 * @description the qualified tier when requested
                                 * @enum {string}
                                 */
                                qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                reason: string;
                                months: number;
                                /** @description the levels that decide, in order */
                                approvalChain: ("OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN")[];
                                /**
                                 * @description the level whose decision is awaited; null once closed
                                 * @enum {string|null}
                                 */
                                waitingFor: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN" | null;
                                /** @enum {string} */
                                state: "REQUESTED" | "IN_REVIEW" | "APPROVED" | "REJECTED" | "ACTIVE" | "EXPIRED";
                                requestedBy: {
                                    staffNo: string;
                                    name: string;
                                };
                                requestedAt: string;
                                startsOn: string | null;
                                /** @description exclusive: the admission is active until the day before */
                                endsOn: string | null;
                                /** @description the first month whose evaluation applies it (YYYY-MM): the month holding its start if not yet evaluated under the policy in force, else the next one; fixed at approval (months already evaluated are not re-run); for an open request, as if approved today; null when rejected, or when its period ends before that month closes */
                                effectiveFromMonth: string | null;
                                /** @description true while the evaluation of effectiveFromMonth has not run yet */
                                awaitingEvaluation: boolean;
                                decisions: {
                                    step: number;
                                    /** @enum {string} */
                                    level: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                    /** @enum {string} */
                                    decision: "APPROVE" | "REJECT";
                                    comment: string;
                                    decidedBy: {
                                        staffNo: string;
                                        name: string;
                                    };
                                    decidedAt: string;
                                }[];
                            }[];
                            today: string;
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
    "/api/special-admissions/{admissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One special admission with its decisions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    admissionId: string;
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
                            id: string;
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                                outletCode: string;
                                outletName: string;
                            };
                            /** @enum {string} */
                            tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                            /**
                             * @description the qualified tier when requested
                             * @enum {string}
                             */
                            qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                            reason: string;
                            months: number;
                            /** @description the levels that decide, in order */
                            approvalChain: ("OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN")[];
                            /**
                             * @description the level whose decision is awaited; null once closed
                             * @enum {string|null}
                             */
                            waitingFor: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN" | null;
                            /** @enum {string} */
                            state: "REQUESTED" | "IN_REVIEW" | "APPROVED" | "REJECTED" | "ACTIVE" | "EXPIRED";
                            requestedBy: {
                                staffNo: string;
                                name: string;
                            };
                            requestedAt: string;
                            startsOn: string | null;
                            /** @description exclusive: the admission is active until the day before */
                            endsOn: string | null;
                            /** @description the first month whose evaluation applies it (YYYY-MM): the month holding its start if not yet evaluated under the policy in force, else the next one; fixed at approval (months already evaluated are not re-run); for an open request, as if approved today; null when rejected, or when its period ends before that month closes */
                            effectiveFromMonth: string | null;
                            /** @description true while the evaluation of effectiveFromMonth has not run yet */
                            awaitingEvaluation: boolean;
                            decisions: {
                                step: number;
                                /** @enum {string} */
                                level: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                /** @enum {string} */
                                decision: "APPROVE" | "REJECT";
                                comment: string;
                                decidedBy: {
                                    staffNo: string;
                                    name: string;
                                };
                                decidedAt: string;
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
    "/api/special-admissions/{admissionId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject the step of a request that waits for your level (never your own request) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    admissionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "APPROVE" | "REJECT";
                        /** @default  */
                        comment?: string;
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
                            id: string;
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                                outletCode: string;
                                outletName: string;
                            };
                            /** @enum {string} */
                            tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                            /**
                             * @description the qualified tier when requested
                             * @enum {string}
                             */
                            qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                            reason: string;
                            months: number;
                            /** @description the levels that decide, in order */
                            approvalChain: ("OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN")[];
                            /**
                             * @description the level whose decision is awaited; null once closed
                             * @enum {string|null}
                             */
                            waitingFor: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN" | null;
                            /** @enum {string} */
                            state: "REQUESTED" | "IN_REVIEW" | "APPROVED" | "REJECTED" | "ACTIVE" | "EXPIRED";
                            requestedBy: {
                                staffNo: string;
                                name: string;
                            };
                            requestedAt: string;
                            startsOn: string | null;
                            /** @description exclusive: the admission is active until the day before */
                            endsOn: string | null;
                            /** @description the first month whose evaluation applies it (YYYY-MM): the month holding its start if not yet evaluated under the policy in force, else the next one; fixed at approval (months already evaluated are not re-run); for an open request, as if approved today; null when rejected, or when its period ends before that month closes */
                            effectiveFromMonth: string | null;
                            /** @description true while the evaluation of effectiveFromMonth has not run yet */
                            awaitingEvaluation: boolean;
                            decisions: {
                                step: number;
                                /** @enum {string} */
                                level: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                /** @enum {string} */
                                decision: "APPROVE" | "REJECT";
                                comment: string;
                                decidedBy: {
                                    staffNo: string;
                                    name: string;
                                };
                                decidedAt: string;
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
    "/api/customers/{customerId}/service-tier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's service tier: evaluation in force, agreements on file, special admissions, open tasks */
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
                            /** @description the customer's result in the evaluation in force */
                            evaluation: {
                                policyCode: string;
                                month: string;
                                /** @enum {string} */
                                qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /** @enum {string} */
                                serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /** @enum {string} */
                                status: "INITIAL" | "QUALIFIED" | "QUALIFIED_NOT_UPGRADED" | "UPGRADED" | "SUBSTANDARD" | "DOWNGRADED" | "SPECIAL_ADMISSION";
                            } | null;
                            qualifiedNotUpgraded: boolean;
                            /** @description signed service agreements, latest first */
                            agreements: {
                                id: string;
                                signedOn: string;
                                agreementVersion: string;
                                witness: {
                                    staffNo: string;
                                    name: string;
                                };
                                /**
                                 * @description the qualified tier in force when recorded
                                 * @enum {string}
                                 */
                                qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                recordedBy: {
                                    staffNo: string;
                                    name: string;
                                };
                                recordedAt: string;
                            }[];
                            pendingUpgrade: {
                                /** @enum {string} */
                                tier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                atEvaluationOf: string;
                            } | null;
                            activeAdmission: {
                                id: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                    outletCode: string;
                                    outletName: string;
                                };
                                /** @enum {string} */
                                tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /**
                                 * @description the qualified tier when requested
                                 * @enum {string}
                                 */
                                qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                reason: string;
                                months: number;
                                /** @description the levels that decide, in order */
                                approvalChain: ("OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN")[];
                                /**
                                 * @description the level whose decision is awaited; null once closed
                                 * @enum {string|null}
                                 */
                                waitingFor: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN" | null;
                                /** @enum {string} */
                                state: "REQUESTED" | "IN_REVIEW" | "APPROVED" | "REJECTED" | "ACTIVE" | "EXPIRED";
                                requestedBy: {
                                    staffNo: string;
                                    name: string;
                                };
                                requestedAt: string;
                                startsOn: string | null;
                                /** @description exclusive: the admission is active until the day before */
                                endsOn: string | null;
                                /** @description the first month whose evaluation applies it (YYYY-MM): the month holding its start if not yet evaluated under the policy in force, else the next one; fixed at approval (months already evaluated are not re-run); for an open request, as if approved today; null when rejected, or when its period ends before that month closes */
                                effectiveFromMonth: string | null;
                                /** @description true while the evaluation of effectiveFromMonth has not run yet */
                                awaitingEvaluation: boolean;
                                decisions: {
                                    step: number;
                                    /** @enum {string} */
                                    level: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                    /** @enum {string} */
                                    decision: "APPROVE" | "REJECT";
                                    comment: string;
                                    decidedBy: {
                                        staffNo: string;
                                        name: string;
                                    };
                                    decidedAt: string;
                                }[];
                            } | null;
                            admissions: {
                                id: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                    outletCode: string;
                                    outletName: string;
                                };
                                /** @enum {string} */
                                tier: "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /**
                                 * @description the qualified tier when requested
                                 * @enum {string}
                                 */
                                qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                reason: string;
                                months: number;
                                /** @description the levels that decide, in order */
                                approvalChain: ("OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN")[];
                                /**
                                 * @description the level whose decision is awaited; null once closed
                                 * @enum {string|null}
                                 */
                                waitingFor: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN" | null;
                                /** @enum {string} */
                                state: "REQUESTED" | "IN_REVIEW" | "APPROVED" | "REJECTED" | "ACTIVE" | "EXPIRED";
                                requestedBy: {
                                    staffNo: string;
                                    name: string;
                                };
                                requestedAt: string;
                                startsOn: string | null;
                                /** @description exclusive: the admission is active until the day before */
                                endsOn: string | null;
                                /** @description the first month whose evaluation applies it (YYYY-MM): the month holding its start if not yet evaluated under the policy in force, else the next one; fixed at approval (months already evaluated are not re-run); for an open request, as if approved today; null when rejected, or when its period ends before that month closes */
                                effectiveFromMonth: string | null;
                                /** @description true while the evaluation of effectiveFromMonth has not run yet */
                                awaitingEvaluation: boolean;
                                decisions: {
                                    step: number;
                                    /** @enum {string} */
                                    level: "OUTLET_HEAD" | "SUB_BRANCH_HEAD" | "BRANCH_ADMIN";
                                    /** @enum {string} */
                                    decision: "APPROVE" | "REJECT";
                                    comment: string;
                                    decidedBy: {
                                        staffNo: string;
                                        name: string;
                                    };
                                    decidedAt: string;
                                }[];
                            }[];
                            openTasks: {
                                id: string;
                                /** @enum {string} */
                                kind: "CARD_EXCHANGE";
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                    outletCode: string;
                                    outletName: string;
                                };
                                /** @enum {string} */
                                fromTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /** @enum {string} */
                                toTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                policyCode: string;
                                /** @description the evaluated month that downgraded the customer */
                                month: string;
                                /** @enum {string} */
                                status: "OPEN" | "DONE" | "CANCELLED";
                                createdBy: string;
                                createdAt: string;
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
    "/api/customers/{customerId}/service-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the customer's consent: a signed VIP service agreement (the next evaluation upgrades a qualified-not-upgraded customer) */
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
                        signedOn: string;
                        /** @description the version of the agreement text signed, e.g. 2024版 */
                        agreementVersion: string;
                        /** @description the staff member who witnessed the signature; the caller when absent */
                        witnessStaffNo?: string;
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
                            id: string;
                            signedOn: string;
                            agreementVersion: string;
                            witness: {
                                staffNo: string;
                                name: string;
                            };
                            /**
                             * @description the qualified tier in force when recorded
                             * @enum {string}
                             */
                            qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                            recordedBy: {
                                staffNo: string;
                                name: string;
                            };
                            recordedAt: string;
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
    "/api/service-tier-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks created by service tier changes (card exchange after a downgrade) for customers in your scope */
        get: {
            parameters: {
                query?: {
                    status?: "OPEN" | "DONE" | "CANCELLED";
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
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "CARD_EXCHANGE";
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                    outletCode: string;
                                    outletName: string;
                                };
                                /** @enum {string} */
                                fromTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                /** @enum {string} */
                                toTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                policyCode: string;
                                /** @description the evaluated month that downgraded the customer */
                                month: string;
                                /** @enum {string} */
                                status: "OPEN" | "DONE" | "CANCELLED";
                                createdBy: string;
                                createdAt: string;
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/potentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Potential customers in your scope of one kind, each with the reason in words; filter by outlet and maintainer */
        get: {
            parameters: {
                query: {
                    kind: "QUALIFIED_NOT_UPGRADED" | "NEAR_THRESHOLD" | "MANY_PRODUCTS" | "FLAGGED";
                    outletId?: number;
                    maintainerStaffNo?: string;
                    /** @description NEAR_THRESHOLD: metric ≥ near × the next threshold */
                    near?: string;
                    /** @description MANY_PRODUCTS: at least this many distinct products in active accounts */
                    minProducts?: number;
                    page?: number;
                    pageSize?: number;
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
                            /** @enum {string} */
                            kind: "QUALIFIED_NOT_UPGRADED" | "NEAR_THRESHOLD" | "MANY_PRODUCTS" | "FLAGGED";
                            evaluation: {
                                policyCode: string;
                                month: string;
                            } | null;
                            total: number;
                            items: {
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                    outletCode: string;
                                    outletName: string;
                                };
                                maintainer: {
                                    staffNo: string;
                                    name: string;
                                } | null;
                                /** @enum {string|null} */
                                qualifiedTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                /** @enum {string|null} */
                                serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                /** @description yuan, the metric of the evaluation in force */
                                metric: string | null;
                                /** @description why the customer is on the list, in the caller's language */
                                reason: string;
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{customerId}/potential-flag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flag a customer as a potential, with a reason (replaces an earlier flag) */
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
                            customerId: string;
                            reason: string;
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
        /** Remove a customer's potential flag */
        delete: {
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
                /** @description removed (or there was none) */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Communication reports: yours (mine), submitted ones waiting for your review (inbox, heads), or those you reviewed (reviewed, heads) */
        get: {
            parameters: {
                query: {
                    kind: "mine" | "inbox" | "reviewed";
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
                            items: {
                                id: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                    outletCode: string;
                                    outletName: string;
                                };
                                author: {
                                    staffNo: string;
                                    name: string;
                                };
                                contactRecord: {
                                    id: string;
                                    /** @enum {string} */
                                    channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                                    occurredAt: string;
                                } | null;
                                opportunityId: string | null;
                                metOn: string;
                                keyPoints: string;
                                needs: string;
                                nextActions: string;
                                /** @enum {string} */
                                status: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED";
                                version: number;
                                submittedAt: string | null;
                                /** @description the latest review, until the report is submitted again */
                                review: {
                                    /** @enum {string} */
                                    decision: "REVIEWED" | "RETURNED";
                                    reviewer: {
                                        staffNo: string;
                                        name: string;
                                    };
                                    ratings: {
                                        effectiveness: number;
                                        compliance: number;
                                        progress: number;
                                    } | null;
                                    comment: string;
                                    reviewedAt: string;
                                } | null;
                                history: {
                                    /** @enum {string|null} */
                                    from: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED" | null;
                                    /** @enum {string} */
                                    to: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED";
                                    by: {
                                        staffNo: string;
                                        name: string;
                                    };
                                    ratings: {
                                        effectiveness: number;
                                        compliance: number;
                                        progress: number;
                                    } | null;
                                    comment: string;
                                    at: string;
                                }[];
                                /** @description what the caller may do now */
                                actions: ("EDIT" | "SUBMIT" | "REVIEW" | "RETURN")[];
                                createdAt: string;
                                updatedAt: string;
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
        put?: never;
        /** Write a draft communication report about a customer in your scope */
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
                        customerId: string;
                        /** @default null */
                        contactRecordId?: string | null;
                        /** @default null */
                        opportunityId?: string | null;
                        /** @description the day of the meeting or conversation */
                        metOn: string;
                        /** @default  */
                        keyPoints?: string;
                        /**
                         * @description the customer's needs or problems
                         * @default
                         */
                        needs?: string;
                        /** @default  */
                        nextActions?: string;
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
                            id: string;
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                                outletCode: string;
                                outletName: string;
                            };
                            author: {
                                staffNo: string;
                                name: string;
                            };
                            contactRecord: {
                                id: string;
                                /** @enum {string} */
                                channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                                occurredAt: string;
                            } | null;
                            opportunityId: string | null;
                            metOn: string;
                            keyPoints: string;
                            needs: string;
                            nextActions: string;
                            /** @enum {string} */
                            status: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED";
                            version: number;
                            submittedAt: string | null;
                            /** @description the latest review, until the report is submitted again */
                            review: {
                                /** @enum {string} */
                                decision: "REVIEWED" | "RETURNED";
                                reviewer: {
                                    staffNo: string;
                                    name: string;
                                };
                                ratings: {
                                    effectiveness: number;
                                    compliance: number;
                                    progress: number;
                                } | null;
                                comment: string;
                                reviewedAt: string;
                            } | null;
                            history: {
                                /** @enum {string|null} */
                                from: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED" | null;
                                /** @enum {string} */
                                to: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED";
                                by: {
                                    staffNo: string;
                                    name: string;
                                };
                                ratings: {
                                    effectiveness: number;
                                    compliance: number;
                                    progress: number;
                                } | null;
                                comment: string;
                                at: string;
                            }[];
                            /** @description what the caller may do now */
                            actions: ("EDIT" | "SUBMIT" | "REVIEW" | "RETURN")[];
                            createdAt: string;
                            updatedAt: string;
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
    "/api/contact/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One communication report with its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reportId: string;
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
                            id: string;
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                                outletCode: string;
                                outletName: string;
                            };
                            author: {
                                staffNo: string;
                                name: string;
                            };
                            contactRecord: {
                                id: string;
                                /** @enum {string} */
                                channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                                occurredAt: string;
                            } | null;
                            opportunityId: string | null;
                            metOn: string;
                            keyPoints: string;
                            needs: string;
                            nextActions: string;
                            /** @enum {string} */
                            status: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED";
                            version: number;
                            submittedAt: string | null;
                            /** @description the latest review, until the report is submitted again */
                            review: {
                                /** @enum {string} */
                                decision: "REVIEWED" | "RETURNED";
                                reviewer: {
                                    staffNo: string;
                                    name: string;
                                };
                                ratings: {
                                    effectiveness: number;
                                    compliance: number;
                                    progress: number;
                                } | null;
                                comment: string;
                                reviewedAt: string;
                            } | null;
                            history: {
                                /** @enum {string|null} */
                                from: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED" | null;
                                /** @enum {string} */
                                to: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED";
                                by: {
                                    staffNo: string;
                                    name: string;
                                };
                                ratings: {
                                    effectiveness: number;
                                    compliance: number;
                                    progress: number;
                                } | null;
                                comment: string;
                                at: string;
                            }[];
                            /** @description what the caller may do now */
                            actions: ("EDIT" | "SUBMIT" | "REVIEW" | "RETURN")[];
                            createdAt: string;
                            updatedAt: string;
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
        /** Edit your draft or returned report (with the version you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version read; a newer one on the server means someone changed it first (409) */
                        version: number;
                        /** @default null */
                        contactRecordId?: string | null;
                        /** @default null */
                        opportunityId?: string | null;
                        /** @description the day of the meeting or conversation */
                        metOn: string;
                        /** @default  */
                        keyPoints?: string;
                        /**
                         * @description the customer's needs or problems
                         * @default
                         */
                        needs?: string;
                        /** @default  */
                        nextActions?: string;
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
                            id: string;
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                                outletCode: string;
                                outletName: string;
                            };
                            author: {
                                staffNo: string;
                                name: string;
                            };
                            contactRecord: {
                                id: string;
                                /** @enum {string} */
                                channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                                occurredAt: string;
                            } | null;
                            opportunityId: string | null;
                            metOn: string;
                            keyPoints: string;
                            needs: string;
                            nextActions: string;
                            /** @enum {string} */
                            status: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED";
                            version: number;
                            submittedAt: string | null;
                            /** @description the latest review, until the report is submitted again */
                            review: {
                                /** @enum {string} */
                                decision: "REVIEWED" | "RETURNED";
                                reviewer: {
                                    staffNo: string;
                                    name: string;
                                };
                                ratings: {
                                    effectiveness: number;
                                    compliance: number;
                                    progress: number;
                                } | null;
                                comment: string;
                                reviewedAt: string;
                            } | null;
                            history: {
                                /** @enum {string|null} */
                                from: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED" | null;
                                /** @enum {string} */
                                to: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED";
                                by: {
                                    staffNo: string;
                                    name: string;
                                };
                                ratings: {
                                    effectiveness: number;
                                    compliance: number;
                                    progress: number;
                                } | null;
                                comment: string;
                                at: string;
                            }[];
                            /** @description what the caller may do now */
                            actions: ("EDIT" | "SUBMIT" | "REVIEW" | "RETURN")[];
                            createdAt: string;
                            updatedAt: string;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact/reports/{reportId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit your draft or returned report to the heads of the customer's outlet for review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version read; a newer one on the server means someone changed it first (409) */
                        version: number;
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
                            id: string;
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                                outletCode: string;
                                outletName: string;
                            };
                            author: {
                                staffNo: string;
                                name: string;
                            };
                            contactRecord: {
                                id: string;
                                /** @enum {string} */
                                channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                                occurredAt: string;
                            } | null;
                            opportunityId: string | null;
                            metOn: string;
                            keyPoints: string;
                            needs: string;
                            nextActions: string;
                            /** @enum {string} */
                            status: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED";
                            version: number;
                            submittedAt: string | null;
                            /** @description the latest review, until the report is submitted again */
                            review: {
                                /** @enum {string} */
                                decision: "REVIEWED" | "RETURNED";
                                reviewer: {
                                    staffNo: string;
                                    name: string;
                                };
                                ratings: {
                                    effectiveness: number;
                                    compliance: number;
                                    progress: number;
                                } | null;
                                comment: string;
                                reviewedAt: string;
                            } | null;
                            history: {
                                /** @enum {string|null} */
                                from: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED" | null;
                                /** @enum {string} */
                                to: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED";
                                by: {
                                    staffNo: string;
                                    name: string;
                                };
                                ratings: {
                                    effectiveness: number;
                                    compliance: number;
                                    progress: number;
                                } | null;
                                comment: string;
                                at: string;
                            }[];
                            /** @description what the caller may do now */
                            actions: ("EDIT" | "SUBMIT" | "REVIEW" | "RETURN")[];
                            createdAt: string;
                            updatedAt: string;
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
    "/api/contact/reports/{reportId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review a submitted report (ratings of effectiveness, compliance and progress) or return it with a comment; never your own */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version read; a newer one on the server means someone changed it first (409) */
                        version: number;
                        /** @enum {string} */
                        decision: "REVIEWED" | "RETURNED";
                        /**
                         * @description 1 (poor) to 5 (excellent); required to approve
                         * @default null
                         */
                        effectiveness?: number | null;
                        /** @default null */
                        compliance?: number | null;
                        /** @default null */
                        progress?: number | null;
                        /** @default  */
                        comment?: string;
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
                            id: string;
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                                outletCode: string;
                                outletName: string;
                            };
                            author: {
                                staffNo: string;
                                name: string;
                            };
                            contactRecord: {
                                id: string;
                                /** @enum {string} */
                                channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                                occurredAt: string;
                            } | null;
                            opportunityId: string | null;
                            metOn: string;
                            keyPoints: string;
                            needs: string;
                            nextActions: string;
                            /** @enum {string} */
                            status: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED";
                            version: number;
                            submittedAt: string | null;
                            /** @description the latest review, until the report is submitted again */
                            review: {
                                /** @enum {string} */
                                decision: "REVIEWED" | "RETURNED";
                                reviewer: {
                                    staffNo: string;
                                    name: string;
                                };
                                ratings: {
                                    effectiveness: number;
                                    compliance: number;
                                    progress: number;
                                } | null;
                                comment: string;
                                reviewedAt: string;
                            } | null;
                            history: {
                                /** @enum {string|null} */
                                from: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED" | null;
                                /** @enum {string} */
                                to: "DRAFT" | "SUBMITTED" | "REVIEWED" | "RETURNED";
                                by: {
                                    staffNo: string;
                                    name: string;
                                };
                                ratings: {
                                    effectiveness: number;
                                    compliance: number;
                                    progress: number;
                                } | null;
                                comment: string;
                                at: string;
                            }[];
                            /** @description what the caller may do now */
                            actions: ("EDIT" | "SUBMIT" | "REVIEW" | "RETURN")[];
                            createdAt: string;
                            updatedAt: string;
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
    "/api/contact/rule-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact rule set versions, newest first (one ACTIVE) */
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
                            items: {
                                id: string;
                                version: number;
                                name: string;
                                /** @enum {string} */
                                status: "DRAFT" | "ACTIVE" | "RETIRED";
                                rules: ({
                                    code: string;
                                    /** @default  */
                                    source: string;
                                    /** @default {} */
                                    appliesTo: {
                                        tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                        minAumCents?: string;
                                        maxAumCents?: string;
                                    };
                                    /** @enum {string} */
                                    kind: "CUSTOMER_CONTACTS";
                                    /** @enum {string} */
                                    period: "WEEK" | "MONTH" | "QUARTER" | "YEAR";
                                    minCalls?: number;
                                    minMeetings?: number;
                                    minContacts?: number;
                                } | {
                                    code: string;
                                    /** @default  */
                                    source: string;
                                    /** @default {} */
                                    appliesTo: {
                                        tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                        minAumCents?: string;
                                        maxAumCents?: string;
                                    };
                                    /** @enum {string} */
                                    kind: "STAFF_WEEKLY_CUSTOMERS";
                                    minCustomers: number;
                                } | {
                                    code: string;
                                    /** @default  */
                                    source: string;
                                    /** @default {} */
                                    appliesTo: {
                                        tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                        minAumCents?: string;
                                        maxAumCents?: string;
                                    };
                                    /** @enum {string} */
                                    kind: "NO_VISIT_FOLLOW_UP";
                                    afterDays: number;
                                    /** @enum {string} */
                                    channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                                } | {
                                    code: string;
                                    /** @default  */
                                    source: string;
                                    /** @default {} */
                                    appliesTo: {
                                        tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                        minAumCents?: string;
                                        maxAumCents?: string;
                                    };
                                    /** @enum {string} */
                                    kind: "GREETING";
                                    occasions: ("BIRTHDAY" | "NEW_YEAR" | "SPRING_FESTIVAL" | "LANTERN" | "LABOUR_DAY" | "DRAGON_BOAT" | "MID_AUTUMN" | "NATIONAL_DAY")[];
                                    channels: ("PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT")[];
                                    daysBefore: number;
                                } | {
                                    code: string;
                                    /** @default  */
                                    source: string;
                                    /** @default {} */
                                    appliesTo: {
                                        tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                        minAumCents?: string;
                                        maxAumCents?: string;
                                    };
                                    /** @enum {string} */
                                    kind: "PURPOSE_COUNT";
                                    /** @enum {string} */
                                    purpose: "SERVICE" | "GREETING" | "FOLLOW_UP" | "GIFT" | "PRODUCT" | "SALON_INVITATION";
                                    channels?: ("PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT")[];
                                    /** @enum {string} */
                                    period: "WEEK" | "MONTH" | "QUARTER" | "YEAR";
                                    minCount: number;
                                } | {
                                    code: string;
                                    /** @default  */
                                    source: string;
                                    /** @default {} */
                                    appliesTo: {
                                        tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                        minAumCents?: string;
                                        maxAumCents?: string;
                                    };
                                    /** @enum {string} */
                                    kind: "BIRTHDAY_GIFT";
                                    daysBefore: number;
                                })[];
                                eventSettings: {
                                    birthdayDaysAhead: number;
                                    anniversaryDaysAhead: number;
                                    festivalDaysAhead: number;
                                    festivals: ("NEW_YEAR" | "SPRING_FESTIVAL" | "LANTERN" | "LABOUR_DAY" | "DRAGON_BOAT" | "MID_AUTUMN" | "NATIONAL_DAY")[];
                                    largeMovement: {
                                        minAmountCents: string;
                                        minShareOfAum: string;
                                        shareFloorCents: string;
                                    };
                                    maturityDaysAhead: number;
                                    cardExpiryDaysAhead: number;
                                    specialAdmissionExpiryDaysAhead: number;
                                    nearThresholdWithin: string;
                                    noVisitDays: number;
                                    newProductDays: number;
                                };
                                createdBy: string;
                                createdAt: string;
                                activatedAt: string | null;
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
        put?: never;
        /** Draft a new contact rule set version (validated rule by rule; problems answered at their field path) */
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
                        name: string;
                        rules: ({
                            code: string;
                            /** @default  */
                            source?: string;
                            /** @default {} */
                            appliesTo?: {
                                tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                minAumCents?: string;
                                maxAumCents?: string;
                            };
                            /** @enum {string} */
                            kind: "CUSTOMER_CONTACTS";
                            /** @enum {string} */
                            period: "WEEK" | "MONTH" | "QUARTER" | "YEAR";
                            minCalls?: number;
                            minMeetings?: number;
                            minContacts?: number;
                        } | {
                            code: string;
                            /** @default  */
                            source?: string;
                            /** @default {} */
                            appliesTo?: {
                                tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                minAumCents?: string;
                                maxAumCents?: string;
                            };
                            /** @enum {string} */
                            kind: "STAFF_WEEKLY_CUSTOMERS";
                            minCustomers: number;
                        } | {
                            code: string;
                            /** @default  */
                            source?: string;
                            /** @default {} */
                            appliesTo?: {
                                tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                minAumCents?: string;
                                maxAumCents?: string;
                            };
                            /** @enum {string} */
                            kind: "NO_VISIT_FOLLOW_UP";
                            afterDays: number;
                            /** @enum {string} */
                            channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                        } | {
                            code: string;
                            /** @default  */
                            source?: string;
                            /** @default {} */
                            appliesTo?: {
                                tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                minAumCents?: string;
                                maxAumCents?: string;
                            };
                            /** @enum {string} */
                            kind: "GREETING";
                            occasions: ("BIRTHDAY" | "NEW_YEAR" | "SPRING_FESTIVAL" | "LANTERN" | "LABOUR_DAY" | "DRAGON_BOAT" | "MID_AUTUMN" | "NATIONAL_DAY")[];
                            channels: ("PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT")[];
                            daysBefore: number;
                        } | {
                            code: string;
                            /** @default  */
                            source?: string;
                            /** @default {} */
                            appliesTo?: {
                                tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                minAumCents?: string;
                                maxAumCents?: string;
                            };
                            /** @enum {string} */
                            kind: "PURPOSE_COUNT";
                            /** @enum {string} */
                            purpose: "SERVICE" | "GREETING" | "FOLLOW_UP" | "GIFT" | "PRODUCT" | "SALON_INVITATION";
                            channels?: ("PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT")[];
                            /** @enum {string} */
                            period: "WEEK" | "MONTH" | "QUARTER" | "YEAR";
                            minCount: number;
                        } | {
                            code: string;
                            /** @default  */
                            source?: string;
                            /** @default {} */
                            appliesTo?: {
                                tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                minAumCents?: string;
                                maxAumCents?: string;
                            };
                            /** @enum {string} */
                            kind: "BIRTHDAY_GIFT";
                            daysBefore: number;
                        })[];
                        eventSettings: {
                            birthdayDaysAhead: number;
                            anniversaryDaysAhead: number;
                            festivalDaysAhead: number;
                            festivals: ("NEW_YEAR" | "SPRING_FESTIVAL" | "LANTERN" | "LABOUR_DAY" | "DRAGON_BOAT" | "MID_AUTUMN" | "NATIONAL_DAY")[];
                            largeMovement: {
                                minAmountCents: string;
                                minShareOfAum: string;
                                shareFloorCents: string;
                            };
                            maturityDaysAhead: number;
                            cardExpiryDaysAhead: number;
                            specialAdmissionExpiryDaysAhead: number;
                            nearThresholdWithin: string;
                            noVisitDays: number;
                            newProductDays: number;
                        };
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
                            id: string;
                            version: number;
                            name: string;
                            /** @enum {string} */
                            status: "DRAFT" | "ACTIVE" | "RETIRED";
                            rules: ({
                                code: string;
                                /** @default  */
                                source: string;
                                /** @default {} */
                                appliesTo: {
                                    tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    minAumCents?: string;
                                    maxAumCents?: string;
                                };
                                /** @enum {string} */
                                kind: "CUSTOMER_CONTACTS";
                                /** @enum {string} */
                                period: "WEEK" | "MONTH" | "QUARTER" | "YEAR";
                                minCalls?: number;
                                minMeetings?: number;
                                minContacts?: number;
                            } | {
                                code: string;
                                /** @default  */
                                source: string;
                                /** @default {} */
                                appliesTo: {
                                    tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    minAumCents?: string;
                                    maxAumCents?: string;
                                };
                                /** @enum {string} */
                                kind: "STAFF_WEEKLY_CUSTOMERS";
                                minCustomers: number;
                            } | {
                                code: string;
                                /** @default  */
                                source: string;
                                /** @default {} */
                                appliesTo: {
                                    tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    minAumCents?: string;
                                    maxAumCents?: string;
                                };
                                /** @enum {string} */
                                kind: "NO_VISIT_FOLLOW_UP";
                                afterDays: number;
                                /** @enum {string} */
                                channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                            } | {
                                code: string;
                                /** @default  */
                                source: string;
                                /** @default {} */
                                appliesTo: {
                                    tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    minAumCents?: string;
                                    maxAumCents?: string;
                                };
                                /** @enum {string} */
                                kind: "GREETING";
                                occasions: ("BIRTHDAY" | "NEW_YEAR" | "SPRING_FESTIVAL" | "LANTERN" | "LABOUR_DAY" | "DRAGON_BOAT" | "MID_AUTUMN" | "NATIONAL_DAY")[];
                                channels: ("PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT")[];
                                daysBefore: number;
                            } | {
                                code: string;
                                /** @default  */
                                source: string;
                                /** @default {} */
                                appliesTo: {
                                    tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    minAumCents?: string;
                                    maxAumCents?: string;
                                };
                                /** @enum {string} */
                                kind: "PURPOSE_COUNT";
                                /** @enum {string} */
                                purpose: "SERVICE" | "GREETING" | "FOLLOW_UP" | "GIFT" | "PRODUCT" | "SALON_INVITATION";
                                channels?: ("PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT")[];
                                /** @enum {string} */
                                period: "WEEK" | "MONTH" | "QUARTER" | "YEAR";
                                minCount: number;
                            } | {
                                code: string;
                                /** @default  */
                                source: string;
                                /** @default {} */
                                appliesTo: {
                                    tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    minAumCents?: string;
                                    maxAumCents?: string;
                                };
                                /** @enum {string} */
                                kind: "BIRTHDAY_GIFT";
                                daysBefore: number;
                            })[];
                            eventSettings: {
                                birthdayDaysAhead: number;
                                anniversaryDaysAhead: number;
                                festivalDaysAhead: number;
                                festivals: ("NEW_YEAR" | "SPRING_FESTIVAL" | "LANTERN" | "LABOUR_DAY" | "DRAGON_BOAT" | "MID_AUTUMN" | "NATIONAL_DAY")[];
                                largeMovement: {
                                    minAmountCents: string;
                                    minShareOfAum: string;
                                    shareFloorCents: string;
                                };
                                maturityDaysAhead: number;
                                cardExpiryDaysAhead: number;
                                specialAdmissionExpiryDaysAhead: number;
                                nearThresholdWithin: string;
                                noVisitDays: number;
                                newProductDays: number;
                            };
                            createdBy: string;
                            createdAt: string;
                            activatedAt: string | null;
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
    "/api/contact/rule-sets/{ruleSetId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate a draft; the version in force is retired in the same transaction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ruleSetId: string;
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
                            id: string;
                            version: number;
                            name: string;
                            /** @enum {string} */
                            status: "DRAFT" | "ACTIVE" | "RETIRED";
                            rules: ({
                                code: string;
                                /** @default  */
                                source: string;
                                /** @default {} */
                                appliesTo: {
                                    tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    minAumCents?: string;
                                    maxAumCents?: string;
                                };
                                /** @enum {string} */
                                kind: "CUSTOMER_CONTACTS";
                                /** @enum {string} */
                                period: "WEEK" | "MONTH" | "QUARTER" | "YEAR";
                                minCalls?: number;
                                minMeetings?: number;
                                minContacts?: number;
                            } | {
                                code: string;
                                /** @default  */
                                source: string;
                                /** @default {} */
                                appliesTo: {
                                    tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    minAumCents?: string;
                                    maxAumCents?: string;
                                };
                                /** @enum {string} */
                                kind: "STAFF_WEEKLY_CUSTOMERS";
                                minCustomers: number;
                            } | {
                                code: string;
                                /** @default  */
                                source: string;
                                /** @default {} */
                                appliesTo: {
                                    tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    minAumCents?: string;
                                    maxAumCents?: string;
                                };
                                /** @enum {string} */
                                kind: "NO_VISIT_FOLLOW_UP";
                                afterDays: number;
                                /** @enum {string} */
                                channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                            } | {
                                code: string;
                                /** @default  */
                                source: string;
                                /** @default {} */
                                appliesTo: {
                                    tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    minAumCents?: string;
                                    maxAumCents?: string;
                                };
                                /** @enum {string} */
                                kind: "GREETING";
                                occasions: ("BIRTHDAY" | "NEW_YEAR" | "SPRING_FESTIVAL" | "LANTERN" | "LABOUR_DAY" | "DRAGON_BOAT" | "MID_AUTUMN" | "NATIONAL_DAY")[];
                                channels: ("PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT")[];
                                daysBefore: number;
                            } | {
                                code: string;
                                /** @default  */
                                source: string;
                                /** @default {} */
                                appliesTo: {
                                    tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    minAumCents?: string;
                                    maxAumCents?: string;
                                };
                                /** @enum {string} */
                                kind: "PURPOSE_COUNT";
                                /** @enum {string} */
                                purpose: "SERVICE" | "GREETING" | "FOLLOW_UP" | "GIFT" | "PRODUCT" | "SALON_INVITATION";
                                channels?: ("PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT")[];
                                /** @enum {string} */
                                period: "WEEK" | "MONTH" | "QUARTER" | "YEAR";
                                minCount: number;
                            } | {
                                code: string;
                                /** @default  */
                                source: string;
                                /** @default {} */
                                appliesTo: {
                                    tiers?: ("GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE")[];
                                    minAumCents?: string;
                                    maxAumCents?: string;
                                };
                                /** @enum {string} */
                                kind: "BIRTHDAY_GIFT";
                                daysBefore: number;
                            })[];
                            eventSettings: {
                                birthdayDaysAhead: number;
                                anniversaryDaysAhead: number;
                                festivalDaysAhead: number;
                                festivals: ("NEW_YEAR" | "SPRING_FESTIVAL" | "LANTERN" | "LABOUR_DAY" | "DRAGON_BOAT" | "MID_AUTUMN" | "NATIONAL_DAY")[];
                                largeMovement: {
                                    minAmountCents: string;
                                    minShareOfAum: string;
                                    shareFloorCents: string;
                                };
                                maturityDaysAhead: number;
                                cardExpiryDaysAhead: number;
                                specialAdmissionExpiryDaysAhead: number;
                                nearThresholdWithin: string;
                                noVisitDays: number;
                                newProductDays: number;
                            };
                            createdBy: string;
                            createdAt: string;
                            activatedAt: string | null;
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
    "/api/customers/{customerId}/marketing-consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's marketing consent in force per channel */
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
                            channels: {
                                /** @enum {string} */
                                channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL";
                                /** @description false also when never asked: no row means no consent */
                                granted: boolean;
                                /** @enum {string|null} */
                                source: "COUNTER" | "PHONE" | "PORTAL" | "FORM" | null;
                                recordedAt: string | null;
                                recordedBy: {
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
        /** Record a grant or a withdrawal of marketing consent on a channel (kept as history) */
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
                        /** @enum {string} */
                        channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL";
                        granted: boolean;
                        /** @enum {string} */
                        source: "COUNTER" | "PHONE" | "PORTAL" | "FORM";
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
                            channels: {
                                /** @enum {string} */
                                channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL";
                                /** @description false also when never asked: no row means no consent */
                                granted: boolean;
                                /** @enum {string|null} */
                                source: "COUNTER" | "PHONE" | "PORTAL" | "FORM" | null;
                                recordedAt: string | null;
                                recordedBy: {
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
    "/api/contact/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a contact with a customer in your scope; the linked plan items close with it. Marketing without consent on the channel is refused (409) */
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
                        customerNo: string;
                        /** @enum {string} */
                        channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                        /** @enum {string} */
                        purpose: "SERVICE" | "GREETING" | "FOLLOW_UP" | "GIFT" | "PRODUCT" | "SALON_INVITATION";
                        /**
                         * Format: date-time
                         * @description when the contact took place (not in the future)
                         */
                        occurredAt: string;
                        durationMinutes?: number;
                        /** @enum {string} */
                        outcome: "REACHED" | "NOT_REACHED" | "DECLINED" | "APPOINTMENT" | "COMPLETED";
                        /** @default  */
                        notes?: string;
                        /** @default  */
                        nextStep?: string;
                        nextStepOn?: string;
                        /** @default [] */
                        planItemIds?: string[];
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
                            id: string;
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                            };
                            staff: {
                                staffNo: string;
                                name: string;
                            };
                            /** @enum {string} */
                            channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                            /** @enum {string} */
                            purpose: "SERVICE" | "GREETING" | "FOLLOW_UP" | "GIFT" | "PRODUCT" | "SALON_INVITATION";
                            occurredAt: string;
                            durationMinutes: number | null;
                            /** @enum {string} */
                            outcome: "REACHED" | "NOT_REACHED" | "DECLINED" | "APPOINTMENT" | "COMPLETED";
                            notes: string;
                            nextStep: string;
                            nextStepOn: string | null;
                            planItemIds: string[];
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
    "/api/customers/{customerId}/contact-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's contact records, newest first (the contact timeline) */
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
                            items: {
                                id: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                };
                                staff: {
                                    staffNo: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                                /** @enum {string} */
                                purpose: "SERVICE" | "GREETING" | "FOLLOW_UP" | "GIFT" | "PRODUCT" | "SALON_INVITATION";
                                occurredAt: string;
                                durationMinutes: number | null;
                                /** @enum {string} */
                                outcome: "REACHED" | "NOT_REACHED" | "DECLINED" | "APPOINTMENT" | "COMPLETED";
                                notes: string;
                                nextStep: string;
                                nextStepOn: string | null;
                                planItemIds: string[];
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
    "/api/contact/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compliance with the contact rules for the period containing a date: by rule, staff member and outlet, and the overdue customers (RM: own customers; heads: their org subtree) */
        get: {
            parameters: {
                query: {
                    period: "WEEK" | "MONTH" | "QUARTER" | "YEAR";
                    /** @description a day of the period; default today */
                    date?: string;
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
                            period: {
                                /** @enum {string} */
                                kind: "WEEK" | "MONTH" | "QUARTER" | "YEAR";
                                start: string;
                                end: string;
                            };
                            ruleSetVersion: number | null;
                            /** @description the tier evaluation whose tiers and AUM decided which rules apply */
                            evaluationMonth: string | null;
                            totals: {
                                met: number;
                                due: number;
                                overdue: number;
                                notApplicable: number;
                                /** @description met ÷ (met + due + overdue), 4 decimals; null when nothing is owed */
                                rate: number | null;
                            };
                            byRule: {
                                ruleCode: string;
                                kind: string;
                                source: string;
                                met: number;
                                due: number;
                                overdue: number;
                                notApplicable: number;
                                /** @description met ÷ (met + due + overdue), 4 decimals; null when nothing is owed */
                                rate: number | null;
                            }[];
                            byStaff: {
                                staff: {
                                    staffNo: string;
                                    name: string;
                                };
                                org: {
                                    id: string;
                                    code: string;
                                    name: string;
                                };
                                met: number;
                                due: number;
                                overdue: number;
                                notApplicable: number;
                                /** @description met ÷ (met + due + overdue), 4 decimals; null when nothing is owed */
                                rate: number | null;
                            }[];
                            byOrg: {
                                org: {
                                    id: string;
                                    code: string;
                                    name: string;
                                };
                                met: number;
                                due: number;
                                overdue: number;
                                notApplicable: number;
                                /** @description met ÷ (met + due + overdue), 4 decimals; null when nothing is owed */
                                rate: number | null;
                            }[];
                            overdueCustomers: {
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                tier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE";
                                ruleCode: string;
                                maintainer: {
                                    staffNo: string;
                                    name: string;
                                };
                                dueOn: string;
                                why: string;
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
    "/api/contact/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's open plan items (due today or overdue) of the caller, or of a staff member a head oversees: overdue first, then priority, then due date */
        get: {
            parameters: {
                query?: {
                    staffNo?: string;
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
                            date: string;
                            /** @description one page of the ranking: overdue first, then priority, due date and id */
                            items: {
                                id: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                    /** @enum {string|null} */
                                    serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                };
                                /** @description who should do it: the maintainer, or the supporting advisor it was handed to */
                                staff: {
                                    staffNo: string;
                                    name: string;
                                };
                                maintainer: {
                                    staffNo: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                source: "RULE" | "EVENT";
                                ruleCode: string | null;
                                /** @enum {string|null} */
                                eventType: "BIRTHDAY" | "ANNIVERSARY" | "FESTIVAL" | "LARGE_MOVEMENT" | "MATURITY" | "TIER_CHANGE" | "SUBSTANDARD" | "CARD_EXPIRY" | "SPECIAL_ADMISSION_EXPIRY" | "NEAR_THRESHOLD" | "NO_VISIT" | "NEW_PRODUCT" | "EXTERNAL" | null;
                                dueOn: string;
                                overdue: boolean;
                                /** @description higher first: tier, reason, due date and overdue */
                                priority: number;
                                /** @enum {string} */
                                suggestedChannel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                                reason: {
                                    /** @description the rule kind (RULE) or the event type (EVENT) */
                                    code: string;
                                    facts: {
                                        [key: string]: unknown;
                                    };
                                    text: string;
                                };
                                talkingPoint: string;
                                /** @enum {string} */
                                status: "OPEN" | "DONE" | "CANCELLED";
                                postponedFrom: string | null;
                                postponeReason: string | null;
                            }[];
                            /** @description open items due by today (overdue or due today) the list holds, over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                            counts: {
                                overdue: number;
                                dueToday: number;
                                doneToday: number;
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
    "/api/contact/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plan items due in [from, to] (at most 92 days): the caller's, a staff member's, or (heads) an org's, with overdue flagged */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    staffNo?: string;
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
                            items: {
                                id: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                    /** @enum {string|null} */
                                    serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                                };
                                /** @description who should do it: the maintainer, or the supporting advisor it was handed to */
                                staff: {
                                    staffNo: string;
                                    name: string;
                                };
                                maintainer: {
                                    staffNo: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                source: "RULE" | "EVENT";
                                ruleCode: string | null;
                                /** @enum {string|null} */
                                eventType: "BIRTHDAY" | "ANNIVERSARY" | "FESTIVAL" | "LARGE_MOVEMENT" | "MATURITY" | "TIER_CHANGE" | "SUBSTANDARD" | "CARD_EXPIRY" | "SPECIAL_ADMISSION_EXPIRY" | "NEAR_THRESHOLD" | "NO_VISIT" | "NEW_PRODUCT" | "EXTERNAL" | null;
                                dueOn: string;
                                overdue: boolean;
                                /** @description higher first: tier, reason, due date and overdue */
                                priority: number;
                                /** @enum {string} */
                                suggestedChannel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                                reason: {
                                    /** @description the rule kind (RULE) or the event type (EVENT) */
                                    code: string;
                                    facts: {
                                        [key: string]: unknown;
                                    };
                                    text: string;
                                };
                                talkingPoint: string;
                                /** @enum {string} */
                                status: "OPEN" | "DONE" | "CANCELLED";
                                postponedFrom: string | null;
                                postponeReason: string | null;
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
    "/api/contact/plan-items/{planItemId}/postpone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Postpone an open plan item to a later day, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planItemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to: string;
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
                            id: string;
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                                /** @enum {string|null} */
                                serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                            };
                            /** @description who should do it: the maintainer, or the supporting advisor it was handed to */
                            staff: {
                                staffNo: string;
                                name: string;
                            };
                            maintainer: {
                                staffNo: string;
                                name: string;
                            };
                            /** @enum {string} */
                            source: "RULE" | "EVENT";
                            ruleCode: string | null;
                            /** @enum {string|null} */
                            eventType: "BIRTHDAY" | "ANNIVERSARY" | "FESTIVAL" | "LARGE_MOVEMENT" | "MATURITY" | "TIER_CHANGE" | "SUBSTANDARD" | "CARD_EXPIRY" | "SPECIAL_ADMISSION_EXPIRY" | "NEAR_THRESHOLD" | "NO_VISIT" | "NEW_PRODUCT" | "EXTERNAL" | null;
                            dueOn: string;
                            overdue: boolean;
                            /** @description higher first: tier, reason, due date and overdue */
                            priority: number;
                            /** @enum {string} */
                            suggestedChannel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                            reason: {
                                /** @description the rule kind (RULE) or the event type (EVENT) */
                                code: string;
                                facts: {
                                    [key: string]: unknown;
                                };
                                text: string;
                            };
                            talkingPoint: string;
                            /** @enum {string} */
                            status: "OPEN" | "DONE" | "CANCELLED";
                            postponedFrom: string | null;
                            postponeReason: string | null;
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
    "/api/contact/plan-items/{planItemId}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand an open plan item to the customer's supporting advisor (409 when the customer has none) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planItemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
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
                            id: string;
                            customer: {
                                id: string;
                                customerNo: string;
                                name: string;
                                /** @enum {string|null} */
                                serviceTier: "STANDARD" | "GOLD" | "PLATINUM" | "DIAMOND" | "PRIVATE" | null;
                            };
                            /** @description who should do it: the maintainer, or the supporting advisor it was handed to */
                            staff: {
                                staffNo: string;
                                name: string;
                            };
                            maintainer: {
                                staffNo: string;
                                name: string;
                            };
                            /** @enum {string} */
                            source: "RULE" | "EVENT";
                            ruleCode: string | null;
                            /** @enum {string|null} */
                            eventType: "BIRTHDAY" | "ANNIVERSARY" | "FESTIVAL" | "LARGE_MOVEMENT" | "MATURITY" | "TIER_CHANGE" | "SUBSTANDARD" | "CARD_EXPIRY" | "SPECIAL_ADMISSION_EXPIRY" | "NEAR_THRESHOLD" | "NO_VISIT" | "NEW_PRODUCT" | "EXTERNAL" | null;
                            dueOn: string;
                            overdue: boolean;
                            /** @description higher first: tier, reason, due date and overdue */
                            priority: number;
                            /** @enum {string} */
                            suggestedChannel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                            reason: {
                                /** @description the rule kind (RULE) or the event type (EVENT) */
                                code: string;
                                facts: {
                                    [key: string]: unknown;
                                };
                                text: string;
                            };
                            talkingPoint: string;
                            /** @enum {string} */
                            status: "OPEN" | "DONE" | "CANCELLED";
                            postponedFrom: string | null;
                            postponeReason: string | null;
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
    "/api/work-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A day of your work log, with the day's contacts as visits; heads may ask for a staff member of their org */
        get: {
            parameters: {
                query: {
                    date: string;
                    staffNo?: string;
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
                            staff: {
                                staffNo: string;
                                name: string;
                            };
                            date: string;
                            saved: boolean;
                            updatedAt: string | null;
                            entries: {
                                /** @enum {string} */
                                section: "MORNING_MEETING" | "SALES" | "SUGGESTION" | "MEMO";
                                text: string;
                            }[];
                            /** @description the staff member's contact records of that day (China Standard Time), of customers in your scope */
                            visits: {
                                recordId: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                                /** @enum {string} */
                                purpose: "SERVICE" | "GREETING" | "FOLLOW_UP" | "GIFT" | "PRODUCT" | "SALON_INVITATION";
                                occurredAt: string;
                                durationMinutes: number | null;
                                outcome: string;
                                notes: string;
                                nextStep: string;
                            }[];
                            editable: boolean;
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
    "/api/work-log/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the day's entries of your work log (replaces them; saving twice changes nothing) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entries: {
                            /** @enum {string} */
                            section: "MORNING_MEETING" | "SALES" | "SUGGESTION" | "MEMO";
                            text: string;
                        }[];
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
                            };
                            date: string;
                            saved: boolean;
                            updatedAt: string | null;
                            entries: {
                                /** @enum {string} */
                                section: "MORNING_MEETING" | "SALES" | "SUGGESTION" | "MEMO";
                                text: string;
                            }[];
                            /** @description the staff member's contact records of that day (China Standard Time), of customers in your scope */
                            visits: {
                                recordId: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                channel: "PHONE" | "SMS" | "WECHAT" | "EMAIL" | "OUTLET_VISIT" | "HOME_VISIT" | "EVENT";
                                /** @enum {string} */
                                purpose: "SERVICE" | "GREETING" | "FOLLOW_UP" | "GIFT" | "PRODUCT" | "SALON_INVITATION";
                                occurredAt: string;
                                durationMinutes: number | null;
                                outcome: string;
                                notes: string;
                                nextStep: string;
                            }[];
                            editable: boolean;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-log/week": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The week (Monday to Sunday) in figures: contacts by channel, customers, entries per day — yours, or for a head their org's staff */
        get: {
            parameters: {
                query?: {
                    weekOf?: string;
                    staffNo?: string;
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
                            week: {
                                start: string;
                                end: string;
                            };
                            staff: {
                                staff: {
                                    staffNo: string;
                                    name: string;
                                    role: string;
                                };
                                days: {
                                    date: string;
                                    saved: boolean;
                                    entries: number;
                                    contacts: number;
                                }[];
                                contacts: number;
                                /** @description distinct customers contacted */
                                customers: number;
                                byChannel: {
                                    [key: string]: number;
                                };
                                entries: number;
                                daysLogged: number;
                            }[];
                            totals: {
                                contacts: number;
                                /** @description distinct customers contacted */
                                customers: number;
                                byChannel: {
                                    [key: string]: number;
                                };
                                entries: number;
                                daysLogged: number;
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
    "/api/customers/{customerId}/contact-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's contact events, the latest first, each with its text in your language */
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
                            items: {
                                id: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                kind: "LIFE" | "BEHAVIOUR" | "PRODUCT" | "EXTERNAL";
                                /** @enum {string} */
                                type: "BIRTHDAY" | "ANNIVERSARY" | "FESTIVAL" | "LARGE_MOVEMENT" | "MATURITY" | "TIER_CHANGE" | "SUBSTANDARD" | "CARD_EXPIRY" | "SPECIAL_ADMISSION_EXPIRY" | "NEAR_THRESHOLD" | "NO_VISIT" | "NEW_PRODUCT" | "EXTERNAL";
                                eventDate: string;
                                detectedOn: string;
                                facts: {
                                    [key: string]: unknown;
                                };
                                text: string;
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
    "/api/contact/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contact events dated within [from, to] of the customers in your scope (your own; heads: their org), by date */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    type?: "BIRTHDAY" | "ANNIVERSARY" | "FESTIVAL" | "LARGE_MOVEMENT" | "MATURITY" | "TIER_CHANGE" | "SUBSTANDARD" | "CARD_EXPIRY" | "SPECIAL_ADMISSION_EXPIRY" | "NEAR_THRESHOLD" | "NO_VISIT" | "NEW_PRODUCT" | "EXTERNAL";
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
                            items: {
                                id: string;
                                customer: {
                                    id: string;
                                    customerNo: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                kind: "LIFE" | "BEHAVIOUR" | "PRODUCT" | "EXTERNAL";
                                /** @enum {string} */
                                type: "BIRTHDAY" | "ANNIVERSARY" | "FESTIVAL" | "LARGE_MOVEMENT" | "MATURITY" | "TIER_CHANGE" | "SUBSTANDARD" | "CARD_EXPIRY" | "SPECIAL_ADMISSION_EXPIRY" | "NEAR_THRESHOLD" | "NO_VISIT" | "NEW_PRODUCT" | "EXTERNAL";
                                eventDate: string;
                                detectedOn: string;
                                facts: {
                                    [key: string]: unknown;
                                };
                                text: string;
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact/external-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** External events entered in your org scope, the latest first */
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
                            items: {
                                id: string;
                                title: string;
                                description: string;
                                eventDate: string;
                                org: {
                                    code: string;
                                    name: string;
                                };
                                createdBy: {
                                    staffNo: string;
                                    name: string;
                                };
                                createdAt: string;
                                customers: number;
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
        put?: never;
        /** Enter an external event (market news, a bank event) for customers in your scope; unknown or out-of-scope numbers refuse it with their list */
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
                        title: string;
                        /** @default  */
                        description?: string;
                        eventDate: string;
                        customerNos: string[];
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
                            id: string;
                            customers: number;
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
    "/api/contact/detection-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contact detection runs, the latest first, with events per type, plan items and timings */
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
                            items: {
                                id: string;
                                businessDate: string;
                                /** @enum {string} */
                                status: "RUNNING" | "SUCCEEDED" | "FAILED";
                                counts: {
                                    [key: string]: unknown;
                                };
                                startedAt: string;
                                finishedAt: string | null;
                                error: string | null;
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
        put?: never;
        /** Start contact detection and the plan build for a date (default today) as a background job; answers the run id */
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
                        date?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
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
                /** @description Default Response */
                503: {
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
