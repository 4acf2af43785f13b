// A CMS that renders its content after the page has loaded: a guide
// element appears half a second later.
(function () {
  addEventListener('load', function () {
    setTimeout(function () {
      var guide = document.createElement('secret-pro-guide');
      guide.id = 'late';
      guide.setAttribute('cpas', 'CPAS de Liège');
      guide.setAttribute('contact', 'poste 42');
      guide.innerHTML = '<a href="../secret-pro.html">Ouvrir le guide « Secret professionnel »</a>';
      document.getElementById('later').append(guide);
    }, 500);
  });
})();
