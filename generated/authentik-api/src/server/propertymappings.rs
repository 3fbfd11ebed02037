//! Server side of the operations tagged `propertymappings` (111).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `propertymappings`. Implement those you serve, then
/// `Server::new().propertymappings(service)` or [`router`]; the others go to
/// [`Propertymappings::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Propertymappings: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// PropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/all/{pm_uuid}/` (`propertymappings_all_destroy`).
    fn all_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<AllDestroyResponse>> + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_all_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// PropertyMapping Viewset
    ///
    /// `GET /propertymappings/all/` (`propertymappings_all_list`).
    fn all_list(
        &self,
        auth: rt::Auth,
        query: AllListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<AllListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_all_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// PropertyMapping Viewset
    ///
    /// `GET /propertymappings/all/{pm_uuid}/` (`propertymappings_all_retrieve`).
    fn all_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<AllRetrieveResponse>> + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_all_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// Test Property Mapping
    ///
    /// `POST /propertymappings/all/{pm_uuid}/test/` (`propertymappings_all_test_create`).
    fn all_test_create(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        query: AllTestCreateQuery,
        body: super::models::PropertyMappingTestRequest,
    ) -> impl ::std::future::Future<Output = rt::Result<AllTestCreateResponse>> + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_all_test_create",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).params(&query).body(&body),
        )
    }
    /// Get all creatable types
    ///
    /// `GET /propertymappings/all/types/` (`propertymappings_all_types_list`).
    fn all_types_list(
        &self,
        auth: rt::Auth,
    ) -> impl ::std::future::Future<Output = rt::Result<AllTypesListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_all_types_list",
            auth,
            rt::Args::new(),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/all/{pm_uuid}/used_by/` (`propertymappings_all_used_by_list`).
    fn all_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = rt::Result<AllUsedByListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_all_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// NotificationWebhookMapping Viewset
    ///
    /// `POST /propertymappings/notification/` (`propertymappings_notification_create`).
    fn notification_create(
        &self,
        auth: rt::Auth,
        body: super::models::NotificationWebhookMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_notification_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// NotificationWebhookMapping Viewset
    ///
    /// `DELETE /propertymappings/notification/{pm_uuid}/` (`propertymappings_notification_destroy`).
    fn notification_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_notification_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// NotificationWebhookMapping Viewset
    ///
    /// `GET /propertymappings/notification/` (`propertymappings_notification_list`).
    fn notification_list(
        &self,
        auth: rt::Auth,
        query: NotificationListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_notification_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// NotificationWebhookMapping Viewset
    ///
    /// `PATCH /propertymappings/notification/{pm_uuid}/` (`propertymappings_notification_partial_update`).
    fn notification_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedNotificationWebhookMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_notification_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// NotificationWebhookMapping Viewset
    ///
    /// `GET /propertymappings/notification/{pm_uuid}/` (`propertymappings_notification_retrieve`).
    fn notification_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_notification_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// NotificationWebhookMapping Viewset
    ///
    /// `PUT /propertymappings/notification/{pm_uuid}/` (`propertymappings_notification_update`).
    fn notification_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::NotificationWebhookMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_notification_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/notification/{pm_uuid}/used_by/` (`propertymappings_notification_used_by_list`).
    fn notification_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<NotificationUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_notification_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `POST /propertymappings/provider/google_workspace/` (`propertymappings_provider_google_workspace_create`).
    fn provider_google_workspace_create(
        &self,
        auth: rt::Auth,
        body: super::models::GoogleWorkspaceProviderMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderGoogleWorkspaceCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_google_workspace_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/google_workspace/{pm_uuid}/` (`propertymappings_provider_google_workspace_destroy`).
    fn provider_google_workspace_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderGoogleWorkspaceDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_google_workspace_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `GET /propertymappings/provider/google_workspace/` (`propertymappings_provider_google_workspace_list`).
    fn provider_google_workspace_list(
        &self,
        auth: rt::Auth,
        query: ProviderGoogleWorkspaceListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderGoogleWorkspaceListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_google_workspace_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/google_workspace/{pm_uuid}/` (`propertymappings_provider_google_workspace_partial_update`).
    fn provider_google_workspace_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedGoogleWorkspaceProviderMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderGoogleWorkspacePartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_google_workspace_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `GET /propertymappings/provider/google_workspace/{pm_uuid}/` (`propertymappings_provider_google_workspace_retrieve`).
    fn provider_google_workspace_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderGoogleWorkspaceRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_google_workspace_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// GoogleWorkspaceProviderMapping Viewset
    ///
    /// `PUT /propertymappings/provider/google_workspace/{pm_uuid}/` (`propertymappings_provider_google_workspace_update`).
    fn provider_google_workspace_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::GoogleWorkspaceProviderMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderGoogleWorkspaceUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_google_workspace_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/google_workspace/{pm_uuid}/used_by/` (`propertymappings_provider_google_workspace_used_by_list`).
    fn provider_google_workspace_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderGoogleWorkspaceUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_google_workspace_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `POST /propertymappings/provider/microsoft_entra/` (`propertymappings_provider_microsoft_entra_create`).
    fn provider_microsoft_entra_create(
        &self,
        auth: rt::Auth,
        body: super::models::MicrosoftEntraProviderMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderMicrosoftEntraCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_microsoft_entra_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/microsoft_entra/{pm_uuid}/` (`propertymappings_provider_microsoft_entra_destroy`).
    fn provider_microsoft_entra_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderMicrosoftEntraDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_microsoft_entra_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `GET /propertymappings/provider/microsoft_entra/` (`propertymappings_provider_microsoft_entra_list`).
    fn provider_microsoft_entra_list(
        &self,
        auth: rt::Auth,
        query: ProviderMicrosoftEntraListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderMicrosoftEntraListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_microsoft_entra_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/microsoft_entra/{pm_uuid}/` (`propertymappings_provider_microsoft_entra_partial_update`).
    fn provider_microsoft_entra_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedMicrosoftEntraProviderMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderMicrosoftEntraPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_microsoft_entra_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `GET /propertymappings/provider/microsoft_entra/{pm_uuid}/` (`propertymappings_provider_microsoft_entra_retrieve`).
    fn provider_microsoft_entra_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderMicrosoftEntraRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_microsoft_entra_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// MicrosoftEntraProviderMapping Viewset
    ///
    /// `PUT /propertymappings/provider/microsoft_entra/{pm_uuid}/` (`propertymappings_provider_microsoft_entra_update`).
    fn provider_microsoft_entra_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::MicrosoftEntraProviderMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderMicrosoftEntraUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_microsoft_entra_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/microsoft_entra/{pm_uuid}/used_by/` (`propertymappings_provider_microsoft_entra_used_by_list`).
    fn provider_microsoft_entra_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderMicrosoftEntraUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_microsoft_entra_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// RACPropertyMapping Viewset
    ///
    /// `POST /propertymappings/provider/rac/` (`propertymappings_provider_rac_create`).
    fn provider_rac_create(
        &self,
        auth: rt::Auth,
        body: super::models::RACPropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRacCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_rac_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// RACPropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/rac/{pm_uuid}/` (`propertymappings_provider_rac_destroy`).
    fn provider_rac_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRacDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_rac_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// RACPropertyMapping Viewset
    ///
    /// `GET /propertymappings/provider/rac/` (`propertymappings_provider_rac_list`).
    fn provider_rac_list(
        &self,
        auth: rt::Auth,
        query: ProviderRacListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRacListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_rac_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// RACPropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/rac/{pm_uuid}/` (`propertymappings_provider_rac_partial_update`).
    fn provider_rac_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedRACPropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRacPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_rac_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// RACPropertyMapping Viewset
    ///
    /// `GET /propertymappings/provider/rac/{pm_uuid}/` (`propertymappings_provider_rac_retrieve`).
    fn provider_rac_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRacRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_rac_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// RACPropertyMapping Viewset
    ///
    /// `PUT /propertymappings/provider/rac/{pm_uuid}/` (`propertymappings_provider_rac_update`).
    fn provider_rac_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::RACPropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRacUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_rac_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/rac/{pm_uuid}/used_by/` (`propertymappings_provider_rac_used_by_list`).
    fn provider_rac_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRacUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_rac_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `POST /propertymappings/provider/radius/` (`propertymappings_provider_radius_create`).
    fn provider_radius_create(
        &self,
        auth: rt::Auth,
        body: super::models::RadiusProviderPropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRadiusCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_radius_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/radius/{pm_uuid}/` (`propertymappings_provider_radius_destroy`).
    fn provider_radius_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRadiusDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_radius_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `GET /propertymappings/provider/radius/` (`propertymappings_provider_radius_list`).
    fn provider_radius_list(
        &self,
        auth: rt::Auth,
        query: ProviderRadiusListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRadiusListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_radius_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/radius/{pm_uuid}/` (`propertymappings_provider_radius_partial_update`).
    fn provider_radius_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedRadiusProviderPropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRadiusPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_radius_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `GET /propertymappings/provider/radius/{pm_uuid}/` (`propertymappings_provider_radius_retrieve`).
    fn provider_radius_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRadiusRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_radius_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// RadiusProviderPropertyMapping Viewset
    ///
    /// `PUT /propertymappings/provider/radius/{pm_uuid}/` (`propertymappings_provider_radius_update`).
    fn provider_radius_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::RadiusProviderPropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRadiusUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_radius_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/radius/{pm_uuid}/used_by/` (`propertymappings_provider_radius_used_by_list`).
    fn provider_radius_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderRadiusUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_radius_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// SAMLPropertyMapping Viewset
    ///
    /// `POST /propertymappings/provider/saml/` (`propertymappings_provider_saml_create`).
    fn provider_saml_create(
        &self,
        auth: rt::Auth,
        body: super::models::SAMLPropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderSamlCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_saml_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SAMLPropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/saml/{pm_uuid}/` (`propertymappings_provider_saml_destroy`).
    fn provider_saml_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderSamlDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_saml_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// SAMLPropertyMapping Viewset
    ///
    /// `GET /propertymappings/provider/saml/` (`propertymappings_provider_saml_list`).
    fn provider_saml_list(
        &self,
        auth: rt::Auth,
        query: ProviderSamlListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderSamlListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_saml_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SAMLPropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/saml/{pm_uuid}/` (`propertymappings_provider_saml_partial_update`).
    fn provider_saml_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedSAMLPropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderSamlPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_saml_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// SAMLPropertyMapping Viewset
    ///
    /// `GET /propertymappings/provider/saml/{pm_uuid}/` (`propertymappings_provider_saml_retrieve`).
    fn provider_saml_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderSamlRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_saml_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// SAMLPropertyMapping Viewset
    ///
    /// `PUT /propertymappings/provider/saml/{pm_uuid}/` (`propertymappings_provider_saml_update`).
    fn provider_saml_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::SAMLPropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderSamlUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_saml_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/saml/{pm_uuid}/used_by/` (`propertymappings_provider_saml_used_by_list`).
    fn provider_saml_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderSamlUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_saml_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// SCIMMapping Viewset
    ///
    /// `POST /propertymappings/provider/scim/` (`propertymappings_provider_scim_create`).
    fn provider_scim_create(
        &self,
        auth: rt::Auth,
        body: super::models::SCIMMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScimCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scim_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SCIMMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/scim/{pm_uuid}/` (`propertymappings_provider_scim_destroy`).
    fn provider_scim_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScimDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scim_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// SCIMMapping Viewset
    ///
    /// `GET /propertymappings/provider/scim/` (`propertymappings_provider_scim_list`).
    fn provider_scim_list(
        &self,
        auth: rt::Auth,
        query: ProviderScimListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScimListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scim_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SCIMMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/scim/{pm_uuid}/` (`propertymappings_provider_scim_partial_update`).
    fn provider_scim_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedSCIMMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScimPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scim_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// SCIMMapping Viewset
    ///
    /// `GET /propertymappings/provider/scim/{pm_uuid}/` (`propertymappings_provider_scim_retrieve`).
    fn provider_scim_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScimRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scim_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// SCIMMapping Viewset
    ///
    /// `PUT /propertymappings/provider/scim/{pm_uuid}/` (`propertymappings_provider_scim_update`).
    fn provider_scim_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::SCIMMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScimUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scim_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/scim/{pm_uuid}/used_by/` (`propertymappings_provider_scim_used_by_list`).
    fn provider_scim_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScimUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scim_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// ScopeMapping Viewset
    ///
    /// `POST /propertymappings/provider/scope/` (`propertymappings_provider_scope_create`).
    fn provider_scope_create(
        &self,
        auth: rt::Auth,
        body: super::models::ScopeMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScopeCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scope_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// ScopeMapping Viewset
    ///
    /// `DELETE /propertymappings/provider/scope/{pm_uuid}/` (`propertymappings_provider_scope_destroy`).
    fn provider_scope_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScopeDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scope_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// ScopeMapping Viewset
    ///
    /// `GET /propertymappings/provider/scope/` (`propertymappings_provider_scope_list`).
    fn provider_scope_list(
        &self,
        auth: rt::Auth,
        query: ProviderScopeListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScopeListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scope_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// ScopeMapping Viewset
    ///
    /// `PATCH /propertymappings/provider/scope/{pm_uuid}/` (`propertymappings_provider_scope_partial_update`).
    fn provider_scope_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedScopeMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScopePartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scope_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// ScopeMapping Viewset
    ///
    /// `GET /propertymappings/provider/scope/{pm_uuid}/` (`propertymappings_provider_scope_retrieve`).
    fn provider_scope_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScopeRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scope_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// ScopeMapping Viewset
    ///
    /// `PUT /propertymappings/provider/scope/{pm_uuid}/` (`propertymappings_provider_scope_update`).
    fn provider_scope_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::ScopeMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScopeUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scope_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/provider/scope/{pm_uuid}/used_by/` (`propertymappings_provider_scope_used_by_list`).
    fn provider_scope_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<ProviderScopeUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_provider_scope_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// KerberosSource PropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/kerberos/` (`propertymappings_source_kerberos_create`).
    fn source_kerberos_create(
        &self,
        auth: rt::Auth,
        body: super::models::KerberosSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceKerberosCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_kerberos_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// KerberosSource PropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/kerberos/{pm_uuid}/` (`propertymappings_source_kerberos_destroy`).
    fn source_kerberos_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceKerberosDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_kerberos_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// KerberosSource PropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/kerberos/` (`propertymappings_source_kerberos_list`).
    fn source_kerberos_list(
        &self,
        auth: rt::Auth,
        query: SourceKerberosListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceKerberosListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_kerberos_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// KerberosSource PropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/kerberos/{pm_uuid}/` (`propertymappings_source_kerberos_partial_update`).
    fn source_kerberos_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedKerberosSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceKerberosPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_kerberos_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// KerberosSource PropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/kerberos/{pm_uuid}/` (`propertymappings_source_kerberos_retrieve`).
    fn source_kerberos_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceKerberosRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_kerberos_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// KerberosSource PropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/kerberos/{pm_uuid}/` (`propertymappings_source_kerberos_update`).
    fn source_kerberos_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::KerberosSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceKerberosUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_kerberos_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/kerberos/{pm_uuid}/used_by/` (`propertymappings_source_kerberos_used_by_list`).
    fn source_kerberos_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceKerberosUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_kerberos_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// LDAP PropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/ldap/` (`propertymappings_source_ldap_create`).
    fn source_ldap_create(
        &self,
        auth: rt::Auth,
        body: super::models::LDAPSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceLdapCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_ldap_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// LDAP PropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/ldap/{pm_uuid}/` (`propertymappings_source_ldap_destroy`).
    fn source_ldap_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceLdapDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_ldap_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// LDAP PropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/ldap/` (`propertymappings_source_ldap_list`).
    fn source_ldap_list(
        &self,
        auth: rt::Auth,
        query: SourceLdapListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<SourceLdapListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_ldap_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// LDAP PropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/ldap/{pm_uuid}/` (`propertymappings_source_ldap_partial_update`).
    fn source_ldap_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedLDAPSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceLdapPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_ldap_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// LDAP PropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/ldap/{pm_uuid}/` (`propertymappings_source_ldap_retrieve`).
    fn source_ldap_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceLdapRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_ldap_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// LDAP PropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/ldap/{pm_uuid}/` (`propertymappings_source_ldap_update`).
    fn source_ldap_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::LDAPSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceLdapUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_ldap_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/ldap/{pm_uuid}/used_by/` (`propertymappings_source_ldap_used_by_list`).
    fn source_ldap_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceLdapUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_ldap_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/oauth/` (`propertymappings_source_oauth_create`).
    fn source_oauth_create(
        &self,
        auth: rt::Auth,
        body: super::models::OAuthSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceOauthCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_oauth_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/oauth/{pm_uuid}/` (`propertymappings_source_oauth_destroy`).
    fn source_oauth_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceOauthDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_oauth_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/oauth/` (`propertymappings_source_oauth_list`).
    fn source_oauth_list(
        &self,
        auth: rt::Auth,
        query: SourceOauthListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceOauthListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_oauth_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/oauth/{pm_uuid}/` (`propertymappings_source_oauth_partial_update`).
    fn source_oauth_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedOAuthSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceOauthPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_oauth_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/oauth/{pm_uuid}/` (`propertymappings_source_oauth_retrieve`).
    fn source_oauth_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceOauthRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_oauth_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// OAuthSourcePropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/oauth/{pm_uuid}/` (`propertymappings_source_oauth_update`).
    fn source_oauth_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::OAuthSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceOauthUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_oauth_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/oauth/{pm_uuid}/used_by/` (`propertymappings_source_oauth_used_by_list`).
    fn source_oauth_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceOauthUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_oauth_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// PlexSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/plex/` (`propertymappings_source_plex_create`).
    fn source_plex_create(
        &self,
        auth: rt::Auth,
        body: super::models::PlexSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourcePlexCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_plex_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// PlexSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/plex/{pm_uuid}/` (`propertymappings_source_plex_destroy`).
    fn source_plex_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourcePlexDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_plex_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// PlexSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/plex/` (`propertymappings_source_plex_list`).
    fn source_plex_list(
        &self,
        auth: rt::Auth,
        query: SourcePlexListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<SourcePlexListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_plex_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// PlexSourcePropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/plex/{pm_uuid}/` (`propertymappings_source_plex_partial_update`).
    fn source_plex_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedPlexSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourcePlexPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_plex_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// PlexSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/plex/{pm_uuid}/` (`propertymappings_source_plex_retrieve`).
    fn source_plex_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourcePlexRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_plex_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// PlexSourcePropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/plex/{pm_uuid}/` (`propertymappings_source_plex_update`).
    fn source_plex_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PlexSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourcePlexUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_plex_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/plex/{pm_uuid}/used_by/` (`propertymappings_source_plex_used_by_list`).
    fn source_plex_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourcePlexUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_plex_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/saml/` (`propertymappings_source_saml_create`).
    fn source_saml_create(
        &self,
        auth: rt::Auth,
        body: super::models::SAMLSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceSamlCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_saml_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/saml/{pm_uuid}/` (`propertymappings_source_saml_destroy`).
    fn source_saml_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceSamlDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_saml_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/saml/` (`propertymappings_source_saml_list`).
    fn source_saml_list(
        &self,
        auth: rt::Auth,
        query: SourceSamlListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<SourceSamlListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_saml_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/saml/{pm_uuid}/` (`propertymappings_source_saml_partial_update`).
    fn source_saml_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedSAMLSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceSamlPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_saml_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/saml/{pm_uuid}/` (`propertymappings_source_saml_retrieve`).
    fn source_saml_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceSamlRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_saml_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// SAMLSourcePropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/saml/{pm_uuid}/` (`propertymappings_source_saml_update`).
    fn source_saml_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::SAMLSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceSamlUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_saml_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/saml/{pm_uuid}/used_by/` (`propertymappings_source_saml_used_by_list`).
    fn source_saml_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceSamlUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_saml_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/scim/` (`propertymappings_source_scim_create`).
    fn source_scim_create(
        &self,
        auth: rt::Auth,
        body: super::models::SCIMSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceScimCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_scim_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/scim/{pm_uuid}/` (`propertymappings_source_scim_destroy`).
    fn source_scim_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceScimDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_scim_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/scim/` (`propertymappings_source_scim_list`).
    fn source_scim_list(
        &self,
        auth: rt::Auth,
        query: SourceScimListQuery,
    ) -> impl ::std::future::Future<Output = rt::Result<SourceScimListResponse>> + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_scim_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/scim/{pm_uuid}/` (`propertymappings_source_scim_partial_update`).
    fn source_scim_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedSCIMSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceScimPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_scim_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/scim/{pm_uuid}/` (`propertymappings_source_scim_retrieve`).
    fn source_scim_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceScimRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_scim_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// SCIMSourcePropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/scim/{pm_uuid}/` (`propertymappings_source_scim_update`).
    fn source_scim_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::SCIMSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceScimUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_scim_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/scim/{pm_uuid}/used_by/` (`propertymappings_source_scim_used_by_list`).
    fn source_scim_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceScimUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_scim_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `POST /propertymappings/source/telegram/` (`propertymappings_source_telegram_create`).
    fn source_telegram_create(
        &self,
        auth: rt::Auth,
        body: super::models::TelegramSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceTelegramCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_telegram_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `DELETE /propertymappings/source/telegram/{pm_uuid}/` (`propertymappings_source_telegram_destroy`).
    fn source_telegram_destroy(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceTelegramDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_telegram_destroy",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/telegram/` (`propertymappings_source_telegram_list`).
    fn source_telegram_list(
        &self,
        auth: rt::Auth,
        query: SourceTelegramListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceTelegramListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_telegram_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `PATCH /propertymappings/source/telegram/{pm_uuid}/` (`propertymappings_source_telegram_partial_update`).
    fn source_telegram_partial_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::PatchedTelegramSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceTelegramPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_telegram_partial_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `GET /propertymappings/source/telegram/{pm_uuid}/` (`propertymappings_source_telegram_retrieve`).
    fn source_telegram_retrieve(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceTelegramRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_telegram_retrieve",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
    /// TelegramSourcePropertyMapping Viewset
    ///
    /// `PUT /propertymappings/source/telegram/{pm_uuid}/` (`propertymappings_source_telegram_update`).
    fn source_telegram_update(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
        body: super::models::TelegramSourcePropertyMappingRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceTelegramUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_telegram_update",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /propertymappings/source/telegram/{pm_uuid}/used_by/` (`propertymappings_source_telegram_used_by_list`).
    fn source_telegram_used_by_list(
        &self,
        auth: rt::Auth,
        pm_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<SourceTelegramUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "propertymappings_source_telegram_used_by_list",
            auth,
            rt::Args::new().param("pm_uuid", &pm_uuid),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Propertymappings>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "propertymappings_all_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_destroy(input.auth(), input.path("pm_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_all_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_all_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_retrieve(input.auth(), input.path("pm_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_all_test_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .all_test_create(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.params()?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_all_types_list",
            service,
            |service, mut input| {
                rt::reply(async move { service.all_types_list(input.auth()).await })
            },
        ),
        rt::Route::new(
            "propertymappings_all_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.all_used_by_list(input.auth(), input.path("pm_uuid")?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_notification_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.notification_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_notification_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .notification_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_notification_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.notification_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_notification_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .notification_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_notification_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .notification_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_notification_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .notification_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_notification_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .notification_used_by_list(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_google_workspace_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_google_workspace_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_google_workspace_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_google_workspace_destroy(
                            input.auth(),
                            input.path("pm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_google_workspace_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_google_workspace_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_google_workspace_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_google_workspace_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_google_workspace_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_google_workspace_retrieve(
                            input.auth(),
                            input.path("pm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_google_workspace_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_google_workspace_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_google_workspace_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_google_workspace_used_by_list(
                            input.auth(),
                            input.path("pm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_microsoft_entra_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_microsoft_entra_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_microsoft_entra_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_microsoft_entra_destroy(
                            input.auth(),
                            input.path("pm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_microsoft_entra_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_microsoft_entra_list(input.auth(), input.params()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_microsoft_entra_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_microsoft_entra_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_microsoft_entra_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_microsoft_entra_retrieve(
                            input.auth(),
                            input.path("pm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_microsoft_entra_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_microsoft_entra_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_microsoft_entra_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_microsoft_entra_used_by_list(
                            input.auth(),
                            input.path("pm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_rac_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.provider_rac_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_rac_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_rac_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_rac_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.provider_rac_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_rac_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_rac_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_rac_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_rac_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_rac_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_rac_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_rac_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_rac_used_by_list(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_radius_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.provider_radius_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_radius_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_radius_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_radius_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.provider_radius_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_radius_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_radius_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_radius_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_radius_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_radius_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_radius_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_radius_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_radius_used_by_list(
                            input.auth(),
                            input.path("pm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_saml_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.provider_saml_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_saml_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_saml_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_saml_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.provider_saml_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_saml_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_saml_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_saml_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_saml_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_saml_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_saml_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_saml_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_saml_used_by_list(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scim_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.provider_scim_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scim_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_scim_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scim_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.provider_scim_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scim_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_scim_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scim_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_scim_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scim_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_scim_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scim_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_scim_used_by_list(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scope_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.provider_scope_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scope_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_scope_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scope_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.provider_scope_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scope_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_scope_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scope_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_scope_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scope_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_scope_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_provider_scope_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .provider_scope_used_by_list(
                            input.auth(),
                            input.path("pm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_kerberos_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_kerberos_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_kerberos_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_kerberos_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_kerberos_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_kerberos_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_kerberos_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_kerberos_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_kerberos_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_kerberos_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_kerberos_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_kerberos_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_kerberos_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_kerberos_used_by_list(
                            input.auth(),
                            input.path("pm_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_ldap_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_ldap_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_ldap_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_ldap_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_ldap_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_ldap_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_ldap_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_ldap_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_ldap_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_ldap_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_ldap_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_ldap_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_ldap_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_ldap_used_by_list(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_oauth_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_oauth_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_oauth_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_oauth_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_oauth_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_oauth_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_oauth_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_oauth_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_oauth_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_oauth_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_oauth_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_oauth_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_oauth_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_oauth_used_by_list(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_plex_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_plex_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_plex_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_plex_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_plex_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_plex_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_plex_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_plex_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_plex_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_plex_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_plex_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_plex_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_plex_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_plex_used_by_list(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_saml_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_saml_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_saml_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_saml_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_saml_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_saml_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_saml_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_saml_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_saml_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_saml_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_saml_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_saml_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_saml_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_saml_used_by_list(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_scim_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_scim_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_scim_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_scim_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_scim_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_scim_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_scim_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_scim_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_scim_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_scim_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_scim_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_scim_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_scim_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_scim_used_by_list(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_telegram_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_telegram_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_telegram_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_telegram_destroy(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_telegram_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.source_telegram_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_telegram_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_telegram_partial_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_telegram_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_telegram_retrieve(input.auth(), input.path("pm_uuid")?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_telegram_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_telegram_update(
                            input.auth(),
                            input.path("pm_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "propertymappings_source_telegram_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .source_telegram_used_by_list(
                            input.auth(),
                            input.path("pm_uuid")?,
                        )
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `propertymappings` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Propertymappings>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Propertymappings for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Propertymappings::all_destroy`] returns (`propertymappings_all_destroy`).
pub type AllDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::all_list`] returns (`propertymappings_all_list`).
pub type AllListResponse = super::Reply200_400_403<
    super::models::PaginatedPropertyMappingList,
>;

/// Query and header parameters of [`Propertymappings::all_list`] (`propertymappings_all_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AllListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::all_retrieve`] returns (`propertymappings_all_retrieve`).
pub type AllRetrieveResponse = super::Reply200_400_403<super::models::PropertyMapping>;

/// What [`Propertymappings::all_test_create`] returns (`propertymappings_all_test_create`).
pub type AllTestCreateResponse = super::Reply200_400_403V4<
    super::models::PropertyMappingTestResult,
>;

/// Query and header parameters of [`Propertymappings::all_test_create`] (`propertymappings_all_test_create`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AllTestCreateQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format_result: Option<bool>,
}

/// What [`Propertymappings::all_types_list`] returns (`propertymappings_all_types_list`).
pub type AllTypesListResponse = super::Reply200_400_403<Vec<super::models::TypeCreate>>;

/// What [`Propertymappings::all_used_by_list`] returns (`propertymappings_all_used_by_list`).
pub type AllUsedByListResponse = super::Reply200_400_403<Vec<super::models::UsedBy>>;

/// What [`Propertymappings::notification_create`] returns (`propertymappings_notification_create`).
pub type NotificationCreateResponse = super::Reply201_400_403<
    super::models::NotificationWebhookMapping,
>;

/// What [`Propertymappings::notification_destroy`] returns (`propertymappings_notification_destroy`).
pub type NotificationDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::notification_list`] returns (`propertymappings_notification_list`).
pub type NotificationListResponse = super::Reply200_400_403<
    super::models::PaginatedNotificationWebhookMappingList,
>;

/// Query and header parameters of [`Propertymappings::notification_list`] (`propertymappings_notification_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotificationListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::notification_partial_update`] returns (`propertymappings_notification_partial_update`).
pub type NotificationPartialUpdateResponse = super::Reply200_400_403<
    super::models::NotificationWebhookMapping,
>;

/// What [`Propertymappings::notification_retrieve`] returns (`propertymappings_notification_retrieve`).
pub type NotificationRetrieveResponse = super::Reply200_400_403<
    super::models::NotificationWebhookMapping,
>;

/// What [`Propertymappings::notification_update`] returns (`propertymappings_notification_update`).
pub type NotificationUpdateResponse = super::Reply200_400_403<
    super::models::NotificationWebhookMapping,
>;

/// What [`Propertymappings::notification_used_by_list`] returns (`propertymappings_notification_used_by_list`).
pub type NotificationUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::provider_google_workspace_create`] returns (`propertymappings_provider_google_workspace_create`).
pub type ProviderGoogleWorkspaceCreateResponse = super::Reply201_400_403<
    super::models::GoogleWorkspaceProviderMapping,
>;

/// What [`Propertymappings::provider_google_workspace_destroy`] returns (`propertymappings_provider_google_workspace_destroy`).
pub type ProviderGoogleWorkspaceDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::provider_google_workspace_list`] returns (`propertymappings_provider_google_workspace_list`).
pub type ProviderGoogleWorkspaceListResponse = super::Reply200_400_403<
    super::models::PaginatedGoogleWorkspaceProviderMappingList,
>;

/// Query and header parameters of [`Propertymappings::provider_google_workspace_list`] (`propertymappings_provider_google_workspace_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProviderGoogleWorkspaceListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pm_uuid: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::provider_google_workspace_partial_update`] returns (`propertymappings_provider_google_workspace_partial_update`).
pub type ProviderGoogleWorkspacePartialUpdateResponse = super::Reply200_400_403<
    super::models::GoogleWorkspaceProviderMapping,
>;

/// What [`Propertymappings::provider_google_workspace_retrieve`] returns (`propertymappings_provider_google_workspace_retrieve`).
pub type ProviderGoogleWorkspaceRetrieveResponse = super::Reply200_400_403<
    super::models::GoogleWorkspaceProviderMapping,
>;

/// What [`Propertymappings::provider_google_workspace_update`] returns (`propertymappings_provider_google_workspace_update`).
pub type ProviderGoogleWorkspaceUpdateResponse = super::Reply200_400_403<
    super::models::GoogleWorkspaceProviderMapping,
>;

/// What [`Propertymappings::provider_google_workspace_used_by_list`] returns (`propertymappings_provider_google_workspace_used_by_list`).
pub type ProviderGoogleWorkspaceUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::provider_microsoft_entra_create`] returns (`propertymappings_provider_microsoft_entra_create`).
pub type ProviderMicrosoftEntraCreateResponse = super::Reply201_400_403<
    super::models::MicrosoftEntraProviderMapping,
>;

/// What [`Propertymappings::provider_microsoft_entra_destroy`] returns (`propertymappings_provider_microsoft_entra_destroy`).
pub type ProviderMicrosoftEntraDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::provider_microsoft_entra_list`] returns (`propertymappings_provider_microsoft_entra_list`).
pub type ProviderMicrosoftEntraListResponse = super::Reply200_400_403<
    super::models::PaginatedMicrosoftEntraProviderMappingList,
>;

/// Query and header parameters of [`Propertymappings::provider_microsoft_entra_list`] (`propertymappings_provider_microsoft_entra_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProviderMicrosoftEntraListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pm_uuid: Option<::uuid::Uuid>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::provider_microsoft_entra_partial_update`] returns (`propertymappings_provider_microsoft_entra_partial_update`).
pub type ProviderMicrosoftEntraPartialUpdateResponse = super::Reply200_400_403<
    super::models::MicrosoftEntraProviderMapping,
>;

/// What [`Propertymappings::provider_microsoft_entra_retrieve`] returns (`propertymappings_provider_microsoft_entra_retrieve`).
pub type ProviderMicrosoftEntraRetrieveResponse = super::Reply200_400_403<
    super::models::MicrosoftEntraProviderMapping,
>;

/// What [`Propertymappings::provider_microsoft_entra_update`] returns (`propertymappings_provider_microsoft_entra_update`).
pub type ProviderMicrosoftEntraUpdateResponse = super::Reply200_400_403<
    super::models::MicrosoftEntraProviderMapping,
>;

/// What [`Propertymappings::provider_microsoft_entra_used_by_list`] returns (`propertymappings_provider_microsoft_entra_used_by_list`).
pub type ProviderMicrosoftEntraUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::provider_rac_create`] returns (`propertymappings_provider_rac_create`).
pub type ProviderRacCreateResponse = super::Reply201_400_403<
    super::models::RACPropertyMapping,
>;

/// What [`Propertymappings::provider_rac_destroy`] returns (`propertymappings_provider_rac_destroy`).
pub type ProviderRacDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::provider_rac_list`] returns (`propertymappings_provider_rac_list`).
pub type ProviderRacListResponse = super::Reply200_400_403<
    super::models::PaginatedRACPropertyMappingList,
>;

/// Query and header parameters of [`Propertymappings::provider_rac_list`] (`propertymappings_provider_rac_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProviderRacListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::provider_rac_partial_update`] returns (`propertymappings_provider_rac_partial_update`).
pub type ProviderRacPartialUpdateResponse = super::Reply200_400_403<
    super::models::RACPropertyMapping,
>;

/// What [`Propertymappings::provider_rac_retrieve`] returns (`propertymappings_provider_rac_retrieve`).
pub type ProviderRacRetrieveResponse = super::Reply200_400_403<
    super::models::RACPropertyMapping,
>;

/// What [`Propertymappings::provider_rac_update`] returns (`propertymappings_provider_rac_update`).
pub type ProviderRacUpdateResponse = super::Reply200_400_403<
    super::models::RACPropertyMapping,
>;

/// What [`Propertymappings::provider_rac_used_by_list`] returns (`propertymappings_provider_rac_used_by_list`).
pub type ProviderRacUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::provider_radius_create`] returns (`propertymappings_provider_radius_create`).
pub type ProviderRadiusCreateResponse = super::Reply201_400_403<
    super::models::RadiusProviderPropertyMapping,
>;

/// What [`Propertymappings::provider_radius_destroy`] returns (`propertymappings_provider_radius_destroy`).
pub type ProviderRadiusDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::provider_radius_list`] returns (`propertymappings_provider_radius_list`).
pub type ProviderRadiusListResponse = super::Reply200_400_403<
    super::models::PaginatedRadiusProviderPropertyMappingList,
>;

/// Query and header parameters of [`Propertymappings::provider_radius_list`] (`propertymappings_provider_radius_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProviderRadiusListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::provider_radius_partial_update`] returns (`propertymappings_provider_radius_partial_update`).
pub type ProviderRadiusPartialUpdateResponse = super::Reply200_400_403<
    super::models::RadiusProviderPropertyMapping,
>;

/// What [`Propertymappings::provider_radius_retrieve`] returns (`propertymappings_provider_radius_retrieve`).
pub type ProviderRadiusRetrieveResponse = super::Reply200_400_403<
    super::models::RadiusProviderPropertyMapping,
>;

/// What [`Propertymappings::provider_radius_update`] returns (`propertymappings_provider_radius_update`).
pub type ProviderRadiusUpdateResponse = super::Reply200_400_403<
    super::models::RadiusProviderPropertyMapping,
>;

/// What [`Propertymappings::provider_radius_used_by_list`] returns (`propertymappings_provider_radius_used_by_list`).
pub type ProviderRadiusUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::provider_saml_create`] returns (`propertymappings_provider_saml_create`).
pub type ProviderSamlCreateResponse = super::Reply201_400_403<
    super::models::SAMLPropertyMapping,
>;

/// What [`Propertymappings::provider_saml_destroy`] returns (`propertymappings_provider_saml_destroy`).
pub type ProviderSamlDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::provider_saml_list`] returns (`propertymappings_provider_saml_list`).
pub type ProviderSamlListResponse = super::Reply200_400_403<
    super::models::PaginatedSAMLPropertyMappingList,
>;

/// Query and header parameters of [`Propertymappings::provider_saml_list`] (`propertymappings_provider_saml_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProviderSamlListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friendly_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_name: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::provider_saml_partial_update`] returns (`propertymappings_provider_saml_partial_update`).
pub type ProviderSamlPartialUpdateResponse = super::Reply200_400_403<
    super::models::SAMLPropertyMapping,
>;

/// What [`Propertymappings::provider_saml_retrieve`] returns (`propertymappings_provider_saml_retrieve`).
pub type ProviderSamlRetrieveResponse = super::Reply200_400_403<
    super::models::SAMLPropertyMapping,
>;

/// What [`Propertymappings::provider_saml_update`] returns (`propertymappings_provider_saml_update`).
pub type ProviderSamlUpdateResponse = super::Reply200_400_403<
    super::models::SAMLPropertyMapping,
>;

/// What [`Propertymappings::provider_saml_used_by_list`] returns (`propertymappings_provider_saml_used_by_list`).
pub type ProviderSamlUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::provider_scim_create`] returns (`propertymappings_provider_scim_create`).
pub type ProviderScimCreateResponse = super::Reply201_400_403<
    super::models::SCIMMapping,
>;

/// What [`Propertymappings::provider_scim_destroy`] returns (`propertymappings_provider_scim_destroy`).
pub type ProviderScimDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::provider_scim_list`] returns (`propertymappings_provider_scim_list`).
pub type ProviderScimListResponse = super::Reply200_400_403<
    super::models::PaginatedSCIMMappingList,
>;

/// Query and header parameters of [`Propertymappings::provider_scim_list`] (`propertymappings_provider_scim_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProviderScimListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::provider_scim_partial_update`] returns (`propertymappings_provider_scim_partial_update`).
pub type ProviderScimPartialUpdateResponse = super::Reply200_400_403<
    super::models::SCIMMapping,
>;

/// What [`Propertymappings::provider_scim_retrieve`] returns (`propertymappings_provider_scim_retrieve`).
pub type ProviderScimRetrieveResponse = super::Reply200_400_403<
    super::models::SCIMMapping,
>;

/// What [`Propertymappings::provider_scim_update`] returns (`propertymappings_provider_scim_update`).
pub type ProviderScimUpdateResponse = super::Reply200_400_403<
    super::models::SCIMMapping,
>;

/// What [`Propertymappings::provider_scim_used_by_list`] returns (`propertymappings_provider_scim_used_by_list`).
pub type ProviderScimUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::provider_scope_create`] returns (`propertymappings_provider_scope_create`).
pub type ProviderScopeCreateResponse = super::Reply201_400_403<
    super::models::ScopeMapping,
>;

/// What [`Propertymappings::provider_scope_destroy`] returns (`propertymappings_provider_scope_destroy`).
pub type ProviderScopeDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::provider_scope_list`] returns (`propertymappings_provider_scope_list`).
pub type ProviderScopeListResponse = super::Reply200_400_403<
    super::models::PaginatedScopeMappingList,
>;

/// Query and header parameters of [`Propertymappings::provider_scope_list`] (`propertymappings_provider_scope_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProviderScopeListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_name: Option<String>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::provider_scope_partial_update`] returns (`propertymappings_provider_scope_partial_update`).
pub type ProviderScopePartialUpdateResponse = super::Reply200_400_403<
    super::models::ScopeMapping,
>;

/// What [`Propertymappings::provider_scope_retrieve`] returns (`propertymappings_provider_scope_retrieve`).
pub type ProviderScopeRetrieveResponse = super::Reply200_400_403<
    super::models::ScopeMapping,
>;

/// What [`Propertymappings::provider_scope_update`] returns (`propertymappings_provider_scope_update`).
pub type ProviderScopeUpdateResponse = super::Reply200_400_403<
    super::models::ScopeMapping,
>;

/// What [`Propertymappings::provider_scope_used_by_list`] returns (`propertymappings_provider_scope_used_by_list`).
pub type ProviderScopeUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::source_kerberos_create`] returns (`propertymappings_source_kerberos_create`).
pub type SourceKerberosCreateResponse = super::Reply201_400_403<
    super::models::KerberosSourcePropertyMapping,
>;

/// What [`Propertymappings::source_kerberos_destroy`] returns (`propertymappings_source_kerberos_destroy`).
pub type SourceKerberosDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::source_kerberos_list`] returns (`propertymappings_source_kerberos_list`).
pub type SourceKerberosListResponse = super::Reply200_400_403<
    super::models::PaginatedKerberosSourcePropertyMappingList,
>;

/// Query and header parameters of [`Propertymappings::source_kerberos_list`] (`propertymappings_source_kerberos_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceKerberosListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::source_kerberos_partial_update`] returns (`propertymappings_source_kerberos_partial_update`).
pub type SourceKerberosPartialUpdateResponse = super::Reply200_400_403<
    super::models::KerberosSourcePropertyMapping,
>;

/// What [`Propertymappings::source_kerberos_retrieve`] returns (`propertymappings_source_kerberos_retrieve`).
pub type SourceKerberosRetrieveResponse = super::Reply200_400_403<
    super::models::KerberosSourcePropertyMapping,
>;

/// What [`Propertymappings::source_kerberos_update`] returns (`propertymappings_source_kerberos_update`).
pub type SourceKerberosUpdateResponse = super::Reply200_400_403<
    super::models::KerberosSourcePropertyMapping,
>;

/// What [`Propertymappings::source_kerberos_used_by_list`] returns (`propertymappings_source_kerberos_used_by_list`).
pub type SourceKerberosUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::source_ldap_create`] returns (`propertymappings_source_ldap_create`).
pub type SourceLdapCreateResponse = super::Reply201_400_403<
    super::models::LDAPSourcePropertyMapping,
>;

/// What [`Propertymappings::source_ldap_destroy`] returns (`propertymappings_source_ldap_destroy`).
pub type SourceLdapDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::source_ldap_list`] returns (`propertymappings_source_ldap_list`).
pub type SourceLdapListResponse = super::Reply200_400_403<
    super::models::PaginatedLDAPSourcePropertyMappingList,
>;

/// Query and header parameters of [`Propertymappings::source_ldap_list`] (`propertymappings_source_ldap_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceLdapListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::source_ldap_partial_update`] returns (`propertymappings_source_ldap_partial_update`).
pub type SourceLdapPartialUpdateResponse = super::Reply200_400_403<
    super::models::LDAPSourcePropertyMapping,
>;

/// What [`Propertymappings::source_ldap_retrieve`] returns (`propertymappings_source_ldap_retrieve`).
pub type SourceLdapRetrieveResponse = super::Reply200_400_403<
    super::models::LDAPSourcePropertyMapping,
>;

/// What [`Propertymappings::source_ldap_update`] returns (`propertymappings_source_ldap_update`).
pub type SourceLdapUpdateResponse = super::Reply200_400_403<
    super::models::LDAPSourcePropertyMapping,
>;

/// What [`Propertymappings::source_ldap_used_by_list`] returns (`propertymappings_source_ldap_used_by_list`).
pub type SourceLdapUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::source_oauth_create`] returns (`propertymappings_source_oauth_create`).
pub type SourceOauthCreateResponse = super::Reply201_400_403<
    super::models::OAuthSourcePropertyMapping,
>;

/// What [`Propertymappings::source_oauth_destroy`] returns (`propertymappings_source_oauth_destroy`).
pub type SourceOauthDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::source_oauth_list`] returns (`propertymappings_source_oauth_list`).
pub type SourceOauthListResponse = super::Reply200_400_403<
    super::models::PaginatedOAuthSourcePropertyMappingList,
>;

/// Query and header parameters of [`Propertymappings::source_oauth_list`] (`propertymappings_source_oauth_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceOauthListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::source_oauth_partial_update`] returns (`propertymappings_source_oauth_partial_update`).
pub type SourceOauthPartialUpdateResponse = super::Reply200_400_403<
    super::models::OAuthSourcePropertyMapping,
>;

/// What [`Propertymappings::source_oauth_retrieve`] returns (`propertymappings_source_oauth_retrieve`).
pub type SourceOauthRetrieveResponse = super::Reply200_400_403<
    super::models::OAuthSourcePropertyMapping,
>;

/// What [`Propertymappings::source_oauth_update`] returns (`propertymappings_source_oauth_update`).
pub type SourceOauthUpdateResponse = super::Reply200_400_403<
    super::models::OAuthSourcePropertyMapping,
>;

/// What [`Propertymappings::source_oauth_used_by_list`] returns (`propertymappings_source_oauth_used_by_list`).
pub type SourceOauthUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::source_plex_create`] returns (`propertymappings_source_plex_create`).
pub type SourcePlexCreateResponse = super::Reply201_400_403<
    super::models::PlexSourcePropertyMapping,
>;

/// What [`Propertymappings::source_plex_destroy`] returns (`propertymappings_source_plex_destroy`).
pub type SourcePlexDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::source_plex_list`] returns (`propertymappings_source_plex_list`).
pub type SourcePlexListResponse = super::Reply200_400_403<
    super::models::PaginatedPlexSourcePropertyMappingList,
>;

/// Query and header parameters of [`Propertymappings::source_plex_list`] (`propertymappings_source_plex_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourcePlexListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::source_plex_partial_update`] returns (`propertymappings_source_plex_partial_update`).
pub type SourcePlexPartialUpdateResponse = super::Reply200_400_403<
    super::models::PlexSourcePropertyMapping,
>;

/// What [`Propertymappings::source_plex_retrieve`] returns (`propertymappings_source_plex_retrieve`).
pub type SourcePlexRetrieveResponse = super::Reply200_400_403<
    super::models::PlexSourcePropertyMapping,
>;

/// What [`Propertymappings::source_plex_update`] returns (`propertymappings_source_plex_update`).
pub type SourcePlexUpdateResponse = super::Reply200_400_403<
    super::models::PlexSourcePropertyMapping,
>;

/// What [`Propertymappings::source_plex_used_by_list`] returns (`propertymappings_source_plex_used_by_list`).
pub type SourcePlexUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::source_saml_create`] returns (`propertymappings_source_saml_create`).
pub type SourceSamlCreateResponse = super::Reply201_400_403<
    super::models::SAMLSourcePropertyMapping,
>;

/// What [`Propertymappings::source_saml_destroy`] returns (`propertymappings_source_saml_destroy`).
pub type SourceSamlDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::source_saml_list`] returns (`propertymappings_source_saml_list`).
pub type SourceSamlListResponse = super::Reply200_400_403<
    super::models::PaginatedSAMLSourcePropertyMappingList,
>;

/// Query and header parameters of [`Propertymappings::source_saml_list`] (`propertymappings_source_saml_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceSamlListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::source_saml_partial_update`] returns (`propertymappings_source_saml_partial_update`).
pub type SourceSamlPartialUpdateResponse = super::Reply200_400_403<
    super::models::SAMLSourcePropertyMapping,
>;

/// What [`Propertymappings::source_saml_retrieve`] returns (`propertymappings_source_saml_retrieve`).
pub type SourceSamlRetrieveResponse = super::Reply200_400_403<
    super::models::SAMLSourcePropertyMapping,
>;

/// What [`Propertymappings::source_saml_update`] returns (`propertymappings_source_saml_update`).
pub type SourceSamlUpdateResponse = super::Reply200_400_403<
    super::models::SAMLSourcePropertyMapping,
>;

/// What [`Propertymappings::source_saml_used_by_list`] returns (`propertymappings_source_saml_used_by_list`).
pub type SourceSamlUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::source_scim_create`] returns (`propertymappings_source_scim_create`).
pub type SourceScimCreateResponse = super::Reply201_400_403<
    super::models::SCIMSourcePropertyMapping,
>;

/// What [`Propertymappings::source_scim_destroy`] returns (`propertymappings_source_scim_destroy`).
pub type SourceScimDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::source_scim_list`] returns (`propertymappings_source_scim_list`).
pub type SourceScimListResponse = super::Reply200_400_403<
    super::models::PaginatedSCIMSourcePropertyMappingList,
>;

/// Query and header parameters of [`Propertymappings::source_scim_list`] (`propertymappings_source_scim_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceScimListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::source_scim_partial_update`] returns (`propertymappings_source_scim_partial_update`).
pub type SourceScimPartialUpdateResponse = super::Reply200_400_403<
    super::models::SCIMSourcePropertyMapping,
>;

/// What [`Propertymappings::source_scim_retrieve`] returns (`propertymappings_source_scim_retrieve`).
pub type SourceScimRetrieveResponse = super::Reply200_400_403<
    super::models::SCIMSourcePropertyMapping,
>;

/// What [`Propertymappings::source_scim_update`] returns (`propertymappings_source_scim_update`).
pub type SourceScimUpdateResponse = super::Reply200_400_403<
    super::models::SCIMSourcePropertyMapping,
>;

/// What [`Propertymappings::source_scim_used_by_list`] returns (`propertymappings_source_scim_used_by_list`).
pub type SourceScimUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Propertymappings::source_telegram_create`] returns (`propertymappings_source_telegram_create`).
pub type SourceTelegramCreateResponse = super::Reply201_400_403<
    super::models::TelegramSourcePropertyMapping,
>;

/// What [`Propertymappings::source_telegram_destroy`] returns (`propertymappings_source_telegram_destroy`).
pub type SourceTelegramDestroyResponse = super::Reply204_400_403;

/// What [`Propertymappings::source_telegram_list`] returns (`propertymappings_source_telegram_list`).
pub type SourceTelegramListResponse = super::Reply200_400_403<
    super::models::PaginatedTelegramSourcePropertyMappingList,
>;

/// Query and header parameters of [`Propertymappings::source_telegram_list`] (`propertymappings_source_telegram_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceTelegramListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<Vec<String>>,
    #[serde(rename = "managed__isnull")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_isnull: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Number of results to return per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// A search term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// What [`Propertymappings::source_telegram_partial_update`] returns (`propertymappings_source_telegram_partial_update`).
pub type SourceTelegramPartialUpdateResponse = super::Reply200_400_403<
    super::models::TelegramSourcePropertyMapping,
>;

/// What [`Propertymappings::source_telegram_retrieve`] returns (`propertymappings_source_telegram_retrieve`).
pub type SourceTelegramRetrieveResponse = super::Reply200_400_403<
    super::models::TelegramSourcePropertyMapping,
>;

/// What [`Propertymappings::source_telegram_update`] returns (`propertymappings_source_telegram_update`).
pub type SourceTelegramUpdateResponse = super::Reply200_400_403<
    super::models::TelegramSourcePropertyMapping,
>;

/// What [`Propertymappings::source_telegram_used_by_list`] returns (`propertymappings_source_telegram_used_by_list`).
pub type SourceTelegramUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;
