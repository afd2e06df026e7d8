import { AuthStore } from "./api/auth";
import { Http } from "./api/http";

/** The one typed client of the gateway the whole app shares. */
export const auth = new AuthStore();
export const http = new Http(auth);
