package jp.kyodo.web.internal;

import java.util.List;

/** The Kyodo modules (Karaf features named kyodo-*) of this installation. */
public interface ModuleCatalog {

    /**
     * @param name feature name
     * @param version feature version
     * @param description the feature's description
     * @param installed whether it is installed
     */
    record Module(String name, String version, String description, boolean installed) {}

    /** Every known Kyodo module, installed or not, by name. */
    List<Module> modules();

    /** Installs a module (and what it needs); takes a while, call it off the UI thread. */
    void install(String name, String version) throws Exception;

    /** Uninstalls a module; takes a while, call it off the UI thread. */
    void uninstall(String name, String version) throws Exception;
}
