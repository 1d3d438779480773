package org.leernet.security;

import org.leernet.RoutedNetworkTestSupport;
import org.leernet.tasklist.FormDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** The running server, its demo network and the network driver, for the checks of {@link HostileUser}. */
abstract class HostileUserSupport extends RoutedNetworkTestSupport implements HostileUser {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ApplicationContext context;

	@Override
	public TestRestTemplate rest() {
		return rest;
	}

	@Override
	public ApplicationContext context() {
		return context;
	}

	@Override
	public FormDriver driver() {
		return driver;
	}

}
