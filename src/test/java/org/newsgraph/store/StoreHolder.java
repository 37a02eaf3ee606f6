package org.newsgraph.store;

import java.nio.file.Path;

/** Test helper run as a separate process: opens a store, says so, and holds it until killed. */
public final class StoreHolder {

    public static void main(String[] args) throws InterruptedException {
        TdbStore.open(Path.of(args[0]));
        System.out.println("holding");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
